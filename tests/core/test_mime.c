/* The MIME writer's bodies: the four layouts, quoted-printable and base64
 * line limits, SMTP smuggling inputs, boundaries, attachment names (RFC
 * 2231), checked byte for byte and through Python's email package. Headers,
 * rejections and the envelope: test_mime_header.c. */
#include "mime_check.h"

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

/* ---- random messages -------------------------------------------------- */

static unsigned long long rng_state = 0x9E3779B97F4A7C15ULL;

static unsigned next_random(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned)(rng_state >> 32);
}

/* Random text from pieces that exercise every rule: line breaks, NUL,
 * dots, '=', encoded-word look-alikes, UTF-8, invalid bytes, quotes. */
static size_t random_text(char* out, size_t max, bool clean)
{
	/* Header-safe pieces first, then the ones header material must refuse. */
	static const char* const pieces[] = { "a", "word", " ", " ", "\t", ".", "=", "=?", "?=", "\xC3\xA9",
		"\xE6\x97\xA5", "\"", "\\", "From ", "--", "\x01", "/", "\r", "\n", "\r\n", "\xFF" };
	size_t n = 0, count = next_random() % 60, choices = sizeof(pieces) / sizeof(pieces[0]) - (clean ? 4 : 0);

	while (count-- > 0) {
		unsigned k = next_random() % choices;
		size_t len = strlen(pieces[k]);
		if (n + len + 1 >= max) {
			break;
		}
		memcpy(out + n, pieces[k], len);
		n += len;
	}
	if (!clean && next_random() % 8 == 0 && n + 1 < max) {
		out[n++] = '\0';
	}
	return n;
}

/* Whatever the input, the writer either refuses it with an
 * InvalidArgument error and leaves out alone, or writes CRLF-only lines,
 * no lone ".", no line over 998 (78 in the body) and nothing Python
 * finds fault with. */
static void test_random_messages(void)
{
	char subject[400], body[400], html[400], value[400], name[400];
	mm_header h = { S("X-Random"), { NULL, 0 } };
	mm_attachment att;
	mm_buf m;
	mm_error err;
	int i, written = 0, refused = 0;

	mm_buf_init(&m);
	memset(&att, 0, sizeof(att));
	att.data = S("payload");
	for (i = 0; i < 3000; i++) {
		mm_email e = base_email();
		mm_mime_options o = fixed_options();

		e.subject = (mm_str){ subject, random_text(subject, sizeof(subject), next_random() % 16 != 0) };
		e.text_body = (mm_str){ body, random_text(body, sizeof(body), false) };
		if (next_random() % 2) {
			e.html_body = (mm_str){ html, random_text(html, sizeof(html), false) };
		}
		h.value = (mm_str){ value, random_text(value, sizeof(value), next_random() % 16 != 0) };
		e.headers = &h;
		e.header_count = next_random() % 2;
		att.filename = (mm_str){ name, random_text(name, sizeof(name), next_random() % 16 != 0) };
		e.attachments = &att;
		e.attachment_count = next_random() % 2;
		o.lf_line_endings = false;
		mm_buf_reset(&m);
		mm_error_clear(&err);
		if (!mm_mime_write_message(&e, &o, &m, &err)) {
			CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && err.message[0] != '\0' && m.len == 0);
			refused++;
			continue;
		}
		written++;
		CHECK(crlf_clean(&m));
		CHECK(longest_line(m.data, 0, header_end(&m)) <= 998);
		CHECK(longest_line(m.data, header_end(&m), m.len) <= 78);
		if (written % 100 == 1) {
			char* d = py_dump(&m);
			CHECK(has_fact(d, "defects", "0", NULL, 0));
			free(d);
		}
	}
	/* Both outcomes must actually occur for the test to mean anything. */
	CHECK(written > 300 && refused > 300);
	mm_buf_free(&m);
}

int main(void)
{
	test_layout_single();
	test_layout_alternative();
	test_layout_mixed();
	test_body_encodings();
	test_smuggling();
	test_boundaries();
	test_attachment_names();
	test_random_messages();
	CHECK(mm_alloc_live() == 0);
	return check_summary("mime");
}
