/* The MIME writer: the four layouts, header folding (<= 78 where a fold
 * point exists, never > 998), RFC 2047 and RFC 2231 round trips through
 * Python's email package (data/mime/parse.py), body line limits, SMTP
 * smuggling inputs, boundaries, Message-ID and Date rules, the envelope,
 * and every rejection. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "address.h"
#include "check.h"
#include "mime.h"
#include "mime_body.h"
#include "mime_header.h"
#include "mm_alloc.h"

#define S(lit) ((mm_str){ (lit), sizeof(lit) - 1 })
#define FIXED_DATE 1733216707 /* Tue, 03 Dec 2024 09:05:07 +0000 */

static mm_address addr(const char* text)
{
	mm_address a;
	mm_address_parse(text, strlen(text), &a);
	return a;
}

static mm_address from_addr, to_addr;

/* A message from John to Jane with nothing else set. */
static mm_email base_email(void)
{
	mm_email e;

	memset(&e, 0, sizeof(e));
	from_addr = addr("John <john@example.com>");
	to_addr = addr("jane@example.org");
	e.from = &from_addr;
	e.to = &to_addr;
	e.to_count = 1;
	e.subject = S("Hello");
	return e;
}

static mm_mime_options fixed_options(void)
{
	mm_mime_options o;
	mm_mime_options_init(&o);
	o.date = FIXED_DATE;
	return o;
}

/* Writes the message; on failure prints the error and returns false. */
static bool write_msg(const mm_email* e, const mm_mime_options* o, mm_buf* out)
{
	mm_error err;

	mm_error_clear(&err);
	mm_buf_reset(out);
	if (!mm_mime_write_message(e, o, out, &err)) {
		fprintf(stderr, "write failed: %s\n", err.message);
		return false;
	}
	return true;
}

/* Expects a rejection whose message contains `needle`; out must be unchanged. */
static bool rejects_with(const mm_email* e, const mm_mime_options* o, const char* needle)
{
	mm_buf out;
	mm_error err;
	bool ok;

	mm_buf_init(&out);
	mm_buf_append_str(&out, "keep");
	mm_error_clear(&err);
	ok = !mm_mime_write_message(e, o, &out, &err) && err.domain == MM_ERROR_INVALID_ARGUMENT &&
	    strstr(err.message, needle) != NULL && out.len == 4 && strcmp(out.data, "keep") == 0;
	if (!ok) {
		fprintf(stderr, "expected rejection with [%s], got [%s]\n", needle, err.message);
	}
	mm_buf_free(&out);
	return ok;
}

static bool rejects(const mm_email* e, const char* needle)
{
	mm_mime_options o = fixed_options();
	return rejects_with(e, &o, needle);
}

/* ---- helpers over the written text ------------------------------------ */

static size_t header_end(const mm_buf* m)
{
	const char* p = strstr(m->data, "\r\n\r\n");
	return p ? (size_t)(p - m->data) + 2 : m->len;
}

/* Longest line in [from, to) (CRLF not counted). */
static size_t longest_line(const char* s, size_t from, size_t to)
{
	size_t best = 0, start = from, i;

	for (i = from; i < to; i++) {
		if (s[i] == '\n') {
			size_t n = i - start - (i > start && s[i - 1] == '\r');
			best = n > best ? n : best;
			start = i + 1;
		}
	}
	return best;
}

/* Every CR is followed by LF and every LF preceded by CR; no line is a lone ".". */
static bool crlf_clean(const mm_buf* m)
{
	size_t i;

	for (i = 0; i < m->len; i++) {
		if (m->data[i] == '\r' && (i + 1 == m->len || m->data[i + 1] != '\n')) {
			return false;
		}
		if (m->data[i] == '\n' && (i == 0 || m->data[i - 1] != '\r')) {
			return false;
		}
	}
	return strstr(m->data, "\r\n.\r\n") == NULL && strncmp(m->data, ".\r\n", 3) != 0;
}

static size_t count(const char* hay, const char* needle)
{
	size_t n = 0;
	const char* p = hay;

	while ((p = strstr(p, needle)) != NULL) {
		n++;
		p++;
	}
	return n;
}

/* ---- Python's reading of the message ---------------------------------- */

static char* hex(const char* s, size_t len)
{
	static char out[8192];
	size_t i;

	if (len == 0) {
		return strcpy(out, "-");
	}
	for (i = 0; i < len && 2 * i + 2 < sizeof(out); i++) {
		snprintf(out + 2 * i, 3, "%02x", (unsigned char)s[i]);
	}
	return out;
}

static char* py_dump(const mm_buf* m)
{
	char path[] = "/tmp/mm_mime_XXXXXX", cmd[256], chunk[4096];
	size_t cap = 1 << 16, len = 0, n;
	char* out = malloc(cap);
	FILE* f;
	int fd = mkstemp(path);

	if (fd < 0 || !out || write(fd, m->data, m->len) != (ssize_t)m->len) {
		abort();
	}
	close(fd);
	/* make -C tests/core runs from tests/core; allow the repository root too. */
	snprintf(cmd, sizeof(cmd), "/usr/bin/python3 %s %s",
	    access("data/mime/parse.py", R_OK) == 0 ? "data/mime/parse.py" : "tests/core/data/mime/parse.py", path);
	f = popen(cmd, "r");
	while (f && (n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			out = realloc(out, cap);
		}
		memcpy(out + len, chunk, n);
		len += n;
	}
	out[len] = '\0';
	if (!f || pclose(f) != 0) {
		fprintf(stderr, "python failed on %s\n", path);
	}
	if (getenv("MM_KEEP")) {
		fprintf(stderr, "kept %s\n", path);
	} else {
		unlink(path);
	}
	return out;
}

/* Whether the dump has the line "<kind> <a> <hex(b)>"; b == NULL: just "<kind> <a>". */
static bool has_fact(const char* dump, const char* kind, const char* a, const char* b, size_t b_len)
{
	char line[8400];

	if (b) {
		snprintf(line, sizeof(line), "%s %s %s\n", kind, a, hex(b, b_len));
	} else {
		snprintf(line, sizeof(line), "%s %s\n", kind, a);
	}
	if (strstr(dump, line)) {
		return true;
	}
	fprintf(stderr, "missing fact: %s in\n%s", line, dump);
	return false;
}

static bool has_addr(const char* dump, const char* field, const char* name, const char* spec)
{
	char line[1024];

	snprintf(line, sizeof(line), "addr %s %s ", field, hex(name, strlen(name)));
	snprintf(line + strlen(line), sizeof(line) - strlen(line), "%s\n", hex(spec, strlen(spec)));
	if (strstr(dump, line)) {
		return true;
	}
	fprintf(stderr, "missing address: %s in\n%s", line, dump);
	return false;
}

#define HAS_HEADER(dump, name, value) has_fact(dump, "header", name, value, strlen(value))
#define HAS_PART(dump, type, value, len) has_fact(dump, "part", type " -", value, len)

/* ---- layouts ---------------------------------------------------------- */

static void test_layout_single(void)
{
	mm_email e = base_email();
	mm_mime_options o = fixed_options();
	mm_buf m;
	char* d;

	mm_buf_init(&m);
	e.text_body = S("Hello Jane,\nsee you.\n");
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data,
	          "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	          "Content-Transfer-Encoding: quoted-printable\r\n\r\nHello Jane,\r\nsee you.\r\n") != NULL);
	CHECK(strstr(m.data, "multipart") == NULL);
	CHECK(crlf_clean(&m));
	d = py_dump(&m);
	CHECK(has_fact(d, "defects", "0", NULL, 0));
	CHECK(HAS_PART(d, "text/plain", "Hello Jane,\nsee you.\n", 21));
	free(d);

	/* HTML only: one text/html leaf. */
	e.text_body = (mm_str){ NULL, 0 };
	e.html_body = S("<p>Hi</p>");
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data, "Content-Type: text/html; charset=utf-8\r\n") != NULL);
	CHECK(strstr(m.data, "multipart") == NULL && strstr(m.data, "text/plain") == NULL);
	/* The body keeps its bytes; a soft break ends the message with CRLF. */
	CHECK(m.len > 14 && memcmp(m.data + m.len - 14, "\r\n<p>Hi</p>=\r\n", 14) == 0);

	/* No body at all: one empty text/plain part. "0" is a real body. */
	e.html_body = (mm_str){ NULL, 0 };
	CHECK(write_msg(&e, &o, &m));
	CHECK(m.len > 4 && memcmp(m.data + m.len - 4, "\r\n\r\n", 4) == 0);
	CHECK(strstr(m.data, "Content-Type: text/plain; charset=utf-8\r\n") != NULL);
	e.text_body = S("0");
	CHECK(write_msg(&e, &o, &m));
	d = py_dump(&m);
	CHECK(HAS_PART(d, "text/plain", "0", 1));
	free(d);
	mm_buf_free(&m);
}

static void test_layout_alternative(void)
{
	mm_email e = base_email();
	mm_mime_options o = fixed_options();
	mm_buf m;
	char* d;
	const char* p;

	mm_buf_init(&m);
	e.text_body = S("plain");
	e.html_body = S("<b>html</b>");
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data, "Content-Type: multipart/alternative;\r\n boundary=\"=_MetaMTA_") != NULL);
	p = strstr(m.data, "text/plain");
	CHECK(p && strstr(p, "text/html") != NULL); /* plain first, richest last (RFC 2046 §5.1.4) */
	CHECK(m.len > 4 && memcmp(m.data + m.len - 4, "--\r\n", 4) == 0);
	d = py_dump(&m);
	CHECK(has_fact(d, "defects", "0", NULL, 0));
	CHECK(has_fact(d, "multipart", "multipart/alternative", NULL, 0));
	CHECK(HAS_PART(d, "text/plain", "plain", 5));
	CHECK(HAS_PART(d, "text/html", "<b>html</b>", 11));
	free(d);

	/* An empty HTML body next to text is no alternative. */
	e.html_body = S("");
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data, "multipart") == NULL && strstr(m.data, "text/plain") != NULL);
	mm_buf_free(&m);
}

static void test_layout_mixed(void)
{
	mm_email e = base_email();
	mm_mime_options o = fixed_options();
	mm_attachment att[3];
	mm_buf m;
	char* d;
	unsigned char bin[300];
	size_t i;

	for (i = 0; i < sizeof(bin); i++) {
		bin[i] = (unsigned char)(i * 7);
	}
	memset(att, 0, sizeof(att));
	att[0].data = (mm_str){ (const char*)bin, sizeof(bin) };
	att[0].filename = S("data.bin");
	att[0].mime_type = S("application/octet-stream");
	/* Two attachments with the same bytes: both kept (the original dropped one). */
	att[1].data = S("same");
	att[1].filename = S("one.txt");
	att[1].mime_type = S("text/plain");
	att[2].data = S("same");
	att[2].filename = S("two.txt");
	att[2].mime_type = S("text/plain");
	mm_buf_init(&m);
	e.text_body = S("see attached");
	e.attachments = att;
	e.attachment_count = 3;
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data, "Content-Type: multipart/mixed;") != NULL);
	CHECK(strstr(m.data, "multipart/alternative") == NULL);
	CHECK(count(m.data, "Content-Transfer-Encoding: base64\r\n") == 3);
	CHECK(longest_line(m.data, header_end(&m), m.len) <= 76);
	d = py_dump(&m);
	CHECK(has_fact(d, "defects", "0", NULL, 0));
	CHECK(HAS_PART(d, "text/plain", "see attached", 12));
	CHECK(has_fact(d, "part", "application/octet-stream 646174612e62696e", (const char*)bin, sizeof(bin)));
	CHECK(has_fact(d, "part", "text/plain 6f6e652e747874", "same", 4));
	CHECK(has_fact(d, "part", "text/plain 74776f2e747874", "same", 4));
	free(d);

	/* Text + HTML + attachment: mixed holding alternative. */
	e.html_body = S("<i>see attached</i>");
	e.attachment_count = 1;
	CHECK(write_msg(&e, &o, &m));
	d = py_dump(&m);
	CHECK(has_fact(d, "defects", "0", NULL, 0));
	CHECK(strstr(d, "multipart multipart/mixed\nmultipart multipart/alternative\npart text/plain") != NULL);
	CHECK(HAS_PART(d, "text/html", "<i>see attached</i>", 19));
	CHECK(has_fact(d, "part", "application/octet-stream 646174612e62696e", (const char*)bin, sizeof(bin)));
	free(d);
	mm_buf_free(&m);
}

/* ---- headers ---------------------------------------------------------- */

#define HEADERS_WANT                                     \
	"Date: Tue, 03 Dec 2024 09:05:07 +0000\r\n"      \
	"From: \"John\" <john@example.com>\r\n"          \
	"Reply-To: \"Help Desk\" <help@example.com>\r\n" \
	"To: jane@example.org\r\n"                       \
	"Cc: \"Bob\" <bob@example.net>\r\n"              \
	"Subject: Hello\r\n"                             \
	"X-Phabricator-Sent-This-Message: Yes\r\n"       \
	"Precedence: bulk\r\n"                           \
	"MIME-Version: 1.0\r\n"

static void test_header_order_and_names(void)
{
	mm_email e = base_email();
	mm_mime_options o = fixed_options();
	mm_address reply = addr("Help Desk <help@example.com>");
	mm_address cc[2];
	mm_header h[2] = { { S("X-Phabricator-Sent-This-Message"), S("Yes") }, { S("  Precedence "), S(" bulk ") } };
	mm_buf m;
	char* d;

	cc[0] = addr("\"Doe, Jane\" <JANE@example.org>"); /* duplicate of To: dropped */
	cc[1] = addr("Bob <bob@example.net>");
	e.reply_to = &reply;
	e.cc = cc;
	e.cc_count = 2;
	e.headers = h;
	e.header_count = 2;
	mm_buf_init(&m);
	CHECK(write_msg(&e, &o, &m));
	CHECK(strncmp(m.data, HEADERS_WANT, strlen(HEADERS_WANT)) == 0);
	CHECK(strstr(m.data, "Return-Path") == NULL && strstr(m.data, "X-Priority") == NULL &&
	    strstr(m.data, "X-Mailer") == NULL && strstr(m.data, "Message-ID") == NULL);
	d = py_dump(&m);
	CHECK(has_fact(d, "defects", "0", NULL, 0));
	free(d);

	/* LF line endings on request: no CR anywhere. */
	o.lf_line_endings = true;
	e.text_body = S("a\r\nb\rc\n");
	CHECK(write_msg(&e, &o, &m));
	CHECK(memchr(m.data, '\r', m.len) == NULL);
	CHECK(strstr(m.data, "\n\na\nb\nc\n") != NULL);
	mm_buf_free(&m);
}

static void test_date(void)
{
	mm_buf b;

	mm_buf_init(&b);
	CHECK(mm_mime_header_append_date(&b, 0));
	CHECK_BYTES(b.data, b.len, "Thu, 01 Jan 1970 00:00:00 +0000");
	mm_buf_reset(&b);
	CHECK(mm_mime_header_append_date(&b, 951782400)); /* leap day */
	CHECK_BYTES(b.data, b.len, "Tue, 29 Feb 2000 00:00:00 +0000");
	mm_buf_reset(&b);
	CHECK(mm_mime_header_append_date(&b, 4102444799)); /* last second of 2099 */
	CHECK_BYTES(b.data, b.len, "Thu, 31 Dec 2099 23:59:59 +0000");
	mm_buf_reset(&b);
	CHECK(mm_mime_header_append_date(&b, -1));
	CHECK_BYTES(b.data, b.len, "Wed, 31 Dec 1969 23:59:59 +0000");
	mm_buf_free(&b);
}

static void test_message_id(void)
{
	mm_email e = base_email();
	mm_mime_options o = fixed_options();
	mm_header h[3] = { { S("Message-ID"), S("<first@x>") }, { S("X-A"), S("1") },
		{ S("message-id"), S("<last@x>") } };
	mm_buf m;
	const char* p;
	size_t i;

	mm_buf_init(&m);
	o.generate_message_id = true;
	CHECK(write_msg(&e, &o, &m));
	p = strstr(m.data, "\r\nMessage-ID: <");
	CHECK(p != NULL);
	for (i = 0; p && i < 32; i++) {
		CHECK(strchr("0123456789abcdef", p[15 + i]) != NULL);
	}
	CHECK(p && strncmp(p + 47, "@example.com>\r\n", 15) == 0);

	o.message_id_domain = "mail.example.net";
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data, "@mail.example.net>\r\n") != NULL);
	o.message_id_domain = "bad domain";
	CHECK(rejects_with(&e, &o, "Message-ID domain"));
	o.message_id_domain = NULL;

	/* Without From the right-hand side is localhost. */
	e.from = NULL;
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data, "@localhost>\r\n") != NULL && strstr(m.data, "From:") == NULL);
	e.from = &from_addr;

	/* A custom Message-ID, in any case, is THE one: last wins, never two. */
	e.headers = h;
	e.header_count = 3;
	CHECK(write_msg(&e, &o, &m));
	CHECK(count(m.data, "Message-ID") == 1 && count(m.data, "essage-") == 1);
	CHECK(strstr(m.data, "\r\nMessage-ID: <last@x>\r\nX-A: 1\r\n") != NULL);
	o.generate_message_id = false;
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data, "\r\nMessage-ID: <last@x>\r\n") != NULL && count(m.data, "essage-") == 1);
	mm_buf_free(&m);
}

/* Every header line <= 78 unless it is one unfoldable word, none > 998. */
static bool headers_folded(const mm_buf* m)
{
	size_t end = header_end(m), start = 0, i;

	for (i = 0; i < end; i++) {
		if (m->data[i] == '\n') {
			size_t n = i - start - 1;
			const char* colon = memchr(m->data + start, ':', n);
			/* A fold point: a space after the first word of the value. */
			const char* from = m->data[start] == ' ' ? m->data + start + 1 :
			    colon ? memchr(colon + 2, ' ', (size_t)(m->data + start + n - colon - 2)) :
			            NULL;
			const char* sp = from ? memchr(from, ' ', (size_t)(m->data + start + n - from)) : NULL;
			if (n > 998 || (n > 78 && sp != NULL && sp < m->data + start + 78)) {
				fprintf(
				    stderr, "header line of %zu: %.*s\n", n, (int)(n > 100 ? 100 : n), m->data + start);
				return false;
			}
			start = i + 1;
		}
	}
	return true;
}

#define FROM_NAME "J\xC3\xB6hn \"JD\" D\xC5\x93 with a very long name that needs several encoded words to fit"

static void test_folding_and_encoded_words(void)
{
	mm_email e = base_email();
	mm_mime_options o = fixed_options();
	mm_address to[30], from;
	mm_header h[3];
	char subject[2000], value[1200], names[30][80], jp[600];
	mm_buf m;
	char* d;
	size_t i, n = 0;

	mm_buf_init(&m);
	/* A long ASCII subject, never folded by the original. */
	for (i = 0; i < 40; i++) {
		n += (size_t)sprintf(subject + n, "%sword%zu", i ? " " : "", i);
	}
	e.subject = (mm_str){ subject, n };
	CHECK(write_msg(&e, &o, &m));
	CHECK(headers_folded(&m));
	CHECK(strstr(m.data, "\r\n word") != NULL);
	d = py_dump(&m);
	CHECK(HAS_HEADER(d, "subject", subject));
	free(d);

	/* Non-ASCII: Japanese (B words), mixed (Q or B words among plain
	 * words), in the Subject, a custom header and display names. */
	for (i = 0, n = 0; i < 60; i++) {
		memcpy(jp + n, "\xE6\x97\xA5\xE6\x9C\xAC ", i % 5 == 4 ? 7 : 6);
		n += i % 5 == 4 ? 7 : 6;
	}
	e.subject = (mm_str){ jp, n };
	h[0].name = S("X-Mixed");
	h[0].value =
	    S("Re: [Differential] D123: Fix the \xC3\xBC bug =?utf-8?q?not_a_word?= and caf\xC3\xA9 cr\xC3\xA8me "
	      "br\xC3\xBBl\xC3\xA9\x65 twice over, with\ttabs and a control \x01 char");
	for (i = 0; i < 1000; i++) {
		value[i] = i % 11 == 10 ? ' ' : (char)('a' + i % 26);
	}
	h[1].name = S("X-Long-Ascii");
	h[1].value = (mm_str){ value, 1000 };
	/* One 150-character word: longer than 78 but under 998, kept whole. */
	h[2].name = S("X-Token");
	memset(value + 1000, 'z', 150);
	h[2].value = (mm_str){ value + 1000, 150 };
	e.headers = h;
	e.header_count = 3;
	from = addr(FROM_NAME " <j@example.com>");
	e.from = &from;
	for (i = 0; i < 30; i++) {
		snprintf(names[i], sizeof(names[i]),
		    i % 3 ? "\"R\xC3\xA9"
		            "cipient, %zu\" <r%zu@example.com>" :
		            "User Number %zu <u%zu@example.com>",
		    i, i);
		to[i] = addr(names[i]);
	}
	e.to = to;
	e.to_count = 30;
	CHECK(write_msg(&e, &o, &m));
	CHECK(headers_folded(&m));
	CHECK(strstr(m.data, "=?UTF-8?") != NULL);
	d = py_dump(&m);
	CHECK(has_fact(d, "defects", "0", NULL, 0));
	CHECK(has_fact(d, "header", "subject", jp, n - 1));
	CHECK(has_fact(d, "header", "x-mixed", h[0].value.ptr, h[0].value.len));
	CHECK(has_fact(d, "header", "x-long-ascii", value, 1000));
	CHECK(has_fact(d, "header", "x-token", value + 1000, 150));
	CHECK(has_fact(d, "raw", "from", FROM_NAME " <j@example.com>", strlen(FROM_NAME) + 16));
	CHECK(has_addr(d, "to",
	    "R\xC3\xA9"
	    "cipient, 2",
	    "r2@example.com"));
	CHECK(has_addr(d, "to", "User Number 3", "u3@example.com"));
	free(d);

	CHECK(strstr(m.data, "\r\nFrom: =?UTF-8?B?") != NULL);

	/* An unfoldable word longer than 998 characters is an error. */
	memset(value, 'y', 1000);
	h[1].value = (mm_str){ value, 1000 };
	e.header_count = 2;
	CHECK(rejects(&e, "too long to fold"));
	e.header_count = 0;
	e.subject = (mm_str){ value, 1000 };
	CHECK(rejects(&e, "too long to fold"));
	mm_buf_free(&m);
}

/* ---- bodies ----------------------------------------------------------- */

static void test_body_encodings(void)
{
	mm_email e = base_email();
	mm_mime_options o = fixed_options();
	char text[3000], cjk[3000];
	mm_buf m;
	char* d;
	size_t i, n = 0;

	mm_buf_init(&m);
	/* One 2000-character line with '=', trailing spaces, a leading dot
	 * after a soft break, and a tab at the end of a line. */
	for (i = 0; i < 2000; i++) {
		text[i] = i % 97 == 0 ? '=' : (i % 13 == 0 ? '.' : (char)('a' + i % 26));
	}
	memcpy(text + 2000, " \t\n.dot start  \nend ", 20);
	e.text_body = (mm_str){ text, 2020 };
	CHECK(mm_mime_body_choose_encoding(text, 2020) == MM_MIME_QUOTED_PRINTABLE);
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data, "Content-Transfer-Encoding: quoted-printable") != NULL);
	CHECK(longest_line(m.data, header_end(&m), m.len) <= 76);
	CHECK(strstr(m.data, "=20\r\n") != NULL || strstr(m.data, "=09\r\n") != NULL);
	CHECK(strstr(m.data, "\r\n=2Edot start =20\r\nend=20=\r\n") != NULL);
	CHECK(strstr(m.data, "\r\n.") == NULL); /* no line starts with a dot */
	d = py_dump(&m);
	CHECK(has_fact(d, "defects", "0", NULL, 0));
	CHECK(HAS_PART(d, "text/plain", text, 2020));
	free(d);

	/* Mostly non-ASCII: base64, 76-character lines, CRLF canonical form. */
	for (i = 0; i < 300; i++) {
		memcpy(cjk + n, i % 30 == 29 ? "\n" : "\xE6\x97\xA5", i % 30 == 29 ? 1 : 3);
		n += i % 30 == 29 ? 1 : 3;
	}
	e.text_body = (mm_str){ cjk, n };
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data, "Content-Transfer-Encoding: base64") != NULL);
	CHECK(longest_line(m.data, header_end(&m), m.len) == 76);
	CHECK(m.len > 2 && memcmp(m.data + m.len - 2, "\r\n", 2) == 0);
	d = py_dump(&m);
	CHECK(HAS_PART(d, "text/plain", cjk, n));
	free(d);
	mm_buf_free(&m);
}

/* The 2023 SMTP smuggling inputs: every bare CR or LF comes out as a CRLF
 * line break, and no line is a lone ".", in both body encodings. */
static void test_smuggling(void)
{
	static const char* const inputs[] = { "a\n.\nMAIL FROM:<x@y>", "a\r.\rMAIL FROM:<x@y>", "a\n.\r\nRCPT",
		"a\r\n.\nDATA", "a\r\n.\r\n", "a\r\n.\r", ".\n", "\r\r\n\n.", "x\n..\n.\r\n" };
	mm_email e = base_email();
	mm_mime_options o = fixed_options();
	mm_buf m, bin;
	size_t i;

	mm_buf_init(&m);
	mm_buf_init(&bin);
	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		e.text_body = (mm_str){ inputs[i], strlen(inputs[i]) };
		e.html_body = (mm_str){ NULL, 0 };
		CHECK(write_msg(&e, &o, &m));
		CHECK(crlf_clean(&m));
		/* The same with enough non-ASCII to choose base64, and as HTML in an alternative. */
		mm_buf_reset(&bin);
		mm_buf_append_str(&bin, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9");
		mm_buf_append_str(&bin, inputs[i]);
		e.text_body = (mm_str){ bin.data, bin.len };
		e.html_body = (mm_str){ inputs[i], strlen(inputs[i]) };
		CHECK(write_msg(&e, &o, &m));
		CHECK(crlf_clean(&m));
		CHECK(strstr(m.data, "Content-Transfer-Encoding: base64") != NULL);
	}
	mm_buf_free(&bin);
	mm_buf_free(&m);
}

/* Boundaries: random, quoted, and found only on delimiter lines even when
 * the content mentions the prefix. */
static void test_boundaries(void)
{
	mm_email e = base_email();
	mm_mime_options o = fixed_options();
	mm_attachment att;
	mm_buf m;
	char b1[80], b2[80];
	const char* p;

	mm_buf_init(&m);
	memset(&att, 0, sizeof(att));
	att.data = S("--=_MetaMTA_ and =_MetaMTA_00000000000000000000000000000000");
	att.filename = S("b.txt");
	e.text_body = S("--=_MetaMTA_ in the text\n--=_MetaMTA_0123456789abcdef0123456789abcdef--\n");
	e.html_body = S("<p>--=_MetaMTA_</p>");
	e.attachments = &att;
	e.attachment_count = 1;
	CHECK(write_msg(&e, &o, &m));
	p = strstr(m.data, "boundary=\"");
	CHECK(p && sscanf(p, "boundary=\"%79[^\"]", b1) == 1);
	p = p ? strstr(p + 1, "boundary=\"") : NULL;
	CHECK(p && sscanf(p, "boundary=\"%79[^\"]", b2) == 1);
	CHECK(strcmp(b1, b2) != 0 && strlen(b1) == 42);
	/* b1: its parameter, 2 delimiters, the close; b2: parameter, 2 + close. */
	CHECK(count(m.data, b1) == 4);
	CHECK(count(m.data, b2) == 4);
	/* Quoted-printable writes the text's '=' as =3D, so its line is no delimiter. */
	CHECK(strstr(m.data, "\r\n--=3D_MetaMTA_ in the text\r\n") != NULL);
	mm_buf_free(&m);
}

/* ---- attachment names ------------------------------------------------- */

static void test_attachment_names(void)
{
	mm_email e = base_email();
	mm_mime_options o = fixed_options();
	mm_attachment att[5];
	char longname[400];
	mm_buf m;
	char* d;
	size_t i, n = 0;

	for (i = 0; i < 40; i++) {
		memcpy(longname + n, "r\xC3\xA9sum\xC3\xA9 ", 9);
		n += 9;
	}
	memcpy(longname + n, ".pdf", 4);
	n += 4;
	memset(att, 0, sizeof(att));
	att[0].filename = S("dir/sub/r\xC3\xA9sum\xC3\xA9.pdf");
	att[1].filename = S("say \"hi\" \\ back.txt");
	att[2].filename = (mm_str){ longname, n };
	att[3].filename = S("a very long plain ASCII file name that needs RFC 2231 continuations to fold.txt");
	att[4].filename = S("dir/");
	for (i = 0; i < 5; i++) {
		att[i].data = S("x");
		att[i].mime_type = S("application/pdf");
	}
	e.text_body = S("t");
	e.attachments = att;
	e.attachment_count = 5;
	mm_buf_init(&m);
	CHECK(write_msg(&e, &o, &m));
	CHECK(strstr(m.data, "Content-Disposition: attachment; filename*=utf-8''r%C3%A9sum%C3%A9.pdf\r\n") != NULL);
	CHECK(strstr(m.data, "Content-Type: application/pdf; name*=utf-8''r%C3%A9sum%C3%A9.pdf\r\n") != NULL);
	CHECK(strstr(m.data, "filename=\"say \\\"hi\\\" \\\\ back.txt\"") != NULL);
	CHECK(strstr(m.data, "filename*0*=utf-8''r%C3%A9") != NULL && strstr(m.data, "filename*1*=") != NULL);
	CHECK(strstr(m.data, "filename*0=\"a very") != NULL);
	CHECK(strstr(m.data, "dir/") == NULL);
	CHECK(strstr(m.data,
	          "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
	          "Content-Disposition: attachment\r\n") != NULL);
	CHECK(headers_folded(&m));
	CHECK(longest_line(m.data, 0, m.len) <= 78);
	d = py_dump(&m);
	CHECK(has_fact(d, "defects", "0", NULL, 0));
	CHECK(has_fact(d, "part", "application/pdf 72c3a973756dc3a92e706466", "x", 1));
	CHECK(strstr(d, hex("say \"hi\" \\ back.txt", 19)) != NULL);
	CHECK(strstr(d, hex(longname, n)) != NULL);
	CHECK(strstr(d, hex(att[3].filename.ptr, att[3].filename.len)) != NULL);
	free(d);
	mm_buf_free(&m);
}

/* ---- rejections ------------------------------------------------------- */

static void test_rejections(void)
{
	static const char* const bad[] = { "a\rb", "a\nb", "a\r\nBcc: x@y", "a\0b" };
	mm_email e = base_email();
	mm_address a, good = addr("ok@example.com");
	mm_header h;
	mm_attachment att;
	size_t i;

	e.text_body = S("t");
	for (i = 0; i < 4; i++) {
		mm_str v = { bad[i], i == 3 ? 3 : strlen(bad[i]) };
		e = base_email();
		e.subject = v;
		CHECK(rejects(&e, "Subject must not contain CR, LF or NUL"));

		e = base_email();
		a = good;
		a.display_name = v;
		e.from = &a;
		CHECK(rejects(&e, "From display name must not contain CR, LF or NUL"));
		e.from = &from_addr;
		e.reply_to = &a;
		CHECK(rejects(&e, "Reply-To display name"));
		e.reply_to = NULL;
		e.to = &a;
		CHECK(rejects(&e, "To display name"));
		e.to = &to_addr;
		e.cc = &a;
		e.cc_count = 1;
		CHECK(rejects(&e, "Cc display name"));
		e.cc_count = 0;

		a = good;
		a.local_part = v;
		e.to = &a;
		CHECK(rejects(&e, "To address must be printable ASCII"));
		e.to = &to_addr;

		h.name = S("X-Test");
		h.value = v;
		e.headers = &h;
		e.header_count = 1;
		CHECK(rejects(&e, "Header 'X-Test' value must not contain CR, LF or NUL"));
		h.name = S("Message-ID");
		CHECK(rejects(&e, "Header 'Message-ID' value must not contain"));
		h.name = v;
		h.value = S("x");
		CHECK(rejects(&e, "Header name must be printable ASCII"));
		e.header_count = 0;

		memset(&att, 0, sizeof(att));
		att.data = S("x");
		att.filename = v;
		e.attachments = &att;
		e.attachment_count = 1;
		CHECK(rejects(&e, "Attachment filename must not contain CR, LF or NUL"));
		att.filename = S("f.txt");
		att.mime_type = v;
		CHECK(rejects(&e, "Attachment MIME type must not contain CR, LF or NUL"));
	}

	e = base_email();
	e.headers = &h;
	e.header_count = 1;
	h.value = S("v");
	h.name = S("X Foo");
	CHECK(rejects(&e, "Header name must be printable ASCII without spaces or ':', 'X Foo' given"));
	h.name = S("X:Foo");
	CHECK(rejects(&e, "'X:Foo' given"));
	h.name = S("");
	CHECK(rejects(&e, "Header name must not be empty"));
	h.name = S("X-\xC3\xBC");
	CHECK(rejects(&e, "Header name must be printable ASCII"));
	h.name = S("content-type");
	CHECK(rejects(&e, "Header 'content-type' is written from the message's own fields"));
	h.name = S("Bcc");
	CHECK(rejects(&e, "Header 'Bcc' is written"));
	h.name = S("Message-ID");
	h.value = S("<\xC3\xBC@x>");
	CHECK(rejects(&e, "Header 'Message-ID' value must be printable ASCII"));
	h.name = S("X-Bin");
	h.value = S("\xFF\xFE");
	CHECK(rejects(&e, "Header 'X-Bin' value must be valid UTF-8"));
	e.header_count = 0;
	e.subject = S("caf\xE9");
	CHECK(rejects(&e, "Subject must be valid UTF-8, 'caf"));

	e = base_email();
	memset(&att, 0, sizeof(att));
	att.data = S("x");
	e.attachments = &att;
	e.attachment_count = 1;
	att.mime_type = S("text");
	CHECK(rejects(&e, "Attachment MIME type must look like type/subtype, 'text' given"));
	att.mime_type = S("text/plain; name=\"x");
	CHECK(rejects(&e, "Attachment MIME type must look like type/subtype"));
	att.mime_type = S("text/plain; charset=utf-8");
	att.filename = S("caf\xE9.txt");
	CHECK(rejects(&e, "Attachment filename must be valid UTF-8"));

	e = base_email();
	e.to_count = 0;
	CHECK(rejects(&e, "The message has no recipients"));
}

/* ---- envelope --------------------------------------------------------- */

/* Rejection of an address given as its parts (parsing would keep a line
 * break out of the split). */
static bool envelope_rejects_parts(mm_address a, const char* needle)
{
	mm_email e = base_email();
	mm_mime_envelope env;
	mm_error err;
	bool ok;

	e.cc = &a;
	e.cc_count = 1;
	mm_error_clear(&err);
	ok = !mm_mime_envelope_build(&e, &env, &err) && err.domain == MM_ERROR_INVALID_ARGUMENT &&
	    strstr(err.message, needle) != NULL && env.recipients == NULL && env.mail_from == NULL;
	if (env.mail_from) {
		mm_mime_envelope_free(&env);
	}
	if (!ok) {
		fprintf(stderr, "envelope: expected [%s], got [%s]\n", needle, err.message);
	}
	return ok;
}

static bool envelope_rejects(const char* text, size_t len, const char* needle)
{
	mm_address a;

	mm_address_parse(text, len, &a);
	return envelope_rejects_parts(a, needle);
}

static mm_address parts(const char* local, size_t local_len, const char* domain)
{
	mm_address a;

	memset(&a, 0, sizeof(a));
	a.local_part = (mm_str){ local, local_len };
	a.domain_name = (mm_str){ domain, strlen(domain) };
	return a;
}

static void test_envelope(void)
{
	mm_email e = base_email();
	mm_address to[3], cc[2];
	mm_mime_envelope env;
	mm_error err;

	to[0] = addr("Jane <jane@example.org>");
	to[1] = addr("bob@example.net");
	to[2] = addr("JANE@EXAMPLE.ORG");
	cc[0] = addr("Bob <Bob@Example.Net>");
	cc[1] = addr("carol@[127.0.0.1]");
	e.to = to;
	e.to_count = 3;
	e.cc = cc;
	e.cc_count = 2;
	mm_error_clear(&err);
	CHECK(mm_mime_envelope_build(&e, &env, &err));
	CHECK(strcmp(env.mail_from, "john@example.com") == 0);
	CHECK(env.recipient_count == 3);
	CHECK(env.recipient_count == 3 && strcmp(env.recipients[0], "jane@example.org") == 0 &&
	    strcmp(env.recipients[1], "bob@example.net") == 0 && strcmp(env.recipients[2], "carol@[127.0.0.1]") == 0);
	mm_mime_envelope_free(&env);
	mm_mime_envelope_free(&env); /* freeing twice (zeroed) is harmless */
	mm_mime_envelope_free(NULL);

	/* No From: empty MAIL FROM (the null reverse-path is the transport's call). */
	e.from = NULL;
	CHECK(mm_mime_envelope_build(&e, &env, &err));
	CHECK(env.mail_from && env.mail_from[0] == '\0');
	mm_mime_envelope_free(&env);

	e.to_count = 0;
	e.cc_count = 0;
	CHECK(!mm_mime_envelope_build(&e, &env, &err) && strstr(err.message, "has no recipients") != NULL);

	/* user@localhost is accepted (test setups); everything below is not. */
	e.to_count = 1;
	to[0] = addr("root@localhost");
	CHECK(mm_mime_envelope_build(&e, &env, &err));
	mm_mime_envelope_free(&env);

	CHECK(envelope_rejects_parts(parts("a\r", 2, "example.com"), "Cc address must be printable ASCII"));
	CHECK(envelope_rejects_parts(parts("a", 1, "exa\nmple.com"), "'a@exa\\nmple.com' given"));
	CHECK(envelope_rejects_parts(
	    parts("a", 1, "example.com\r\nRCPT TO:<b@c>"), "'a@example.com\\r\\nRCPT TO:<b@c>' given"));
	CHECK(envelope_rejects_parts(parts("a\0b", 3, "example.com"), "'a\\0b@example.com' given"));
	/* Parsing keeps a line break out of the split: no domain at all. */
	CHECK(envelope_rejects("a\r@example.com", 14, "Cc address has no domain"));
	CHECK(envelope_rejects("a<b@example.com", 15, "Cc address must be printable ASCII"));
	CHECK(envelope_rejects("<a>b@example.com>", 17, "Cc address must be printable ASCII"));
	CHECK(envelope_rejects("<a b@example.com>", 17, "'a b@example.com' given"));
	CHECK(envelope_rejects("<a\tb@example.com>", 17, "'a\\tb@example.com' given"));
	CHECK(envelope_rejects("<a\x7f@example.com>", 16, "Cc address must be printable ASCII"));
	CHECK(envelope_rejects(
	    "-oQ/tmp@example.com", 19, "Cc address must not start with '-', '-oQ/tmp@example.com' given"));
	CHECK(envelope_rejects("a@", 2, "Cc address has no domain, 'a@' given"));
	CHECK(envelope_rejects("@example.com", 12, "Cc address has an empty local part"));
	CHECK(envelope_rejects("root", 4, "Cc address has no domain, 'root' given"));
	CHECK(envelope_rejects("a@b@example.com", 15, "Cc address must be printable ASCII"));
	CHECK(envelope_rejects("a,b@example.com", 15, "Cc address must be printable ASCII"));
	CHECK(envelope_rejects("j\xC3\xB6@example.com", 15, "Cc address must be printable ASCII"));

	/* The From address is checked too, and the message writer applies the same rules. */
	e = base_email();
	to[0] = addr("-f@example.com");
	e.from = &to[0];
	CHECK(!mm_mime_envelope_build(&e, &env, &err) && strstr(err.message, "From address must not start") != NULL);
	CHECK(rejects(&e, "From address must not start with '-'"));
	e.from = &from_addr;
	to[0] = addr("a@");
	e.to = &to[0];
	CHECK(rejects(&e, "To address has no domain"));
}

int main(void)
{
	test_layout_single();
	test_layout_alternative();
	test_layout_mixed();
	test_header_order_and_names();
	test_date();
	test_message_id();
	test_folding_and_encoded_words();
	test_body_encodings();
	test_smuggling();
	test_boundaries();
	test_attachment_names();
	test_rejections();
	test_envelope();
	CHECK(mm_alloc_live() == 0);
	return check_summary("mime");
}
