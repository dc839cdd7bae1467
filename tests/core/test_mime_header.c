/* The MIME writer's headers: order and names, Date, Message-ID rules,
 * folding (<= 78 where a fold point exists, never > 998), RFC 2047 words
 * that decode back, every rejection of header material, and the envelope. */
#include "mime_check.h"

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
	test_header_order_and_names();
	test_date();
	test_message_id();
	test_folding_and_encoded_words();
	test_rejections();
	test_envelope();
	CHECK(mm_alloc_live() == 0);
	return check_summary("mime_header");
}
