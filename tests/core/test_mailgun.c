/* Mailgun: the built request (URL, headers, every multipart field in
 * order, attachments), the rejections, and every response branch. */
#include <stdlib.h>

#include "base64.h"
#include "check.h"
#include "form_reader.h"
#include "mm_alloc.h"
#include "provider_mailgun.h"

#define S(lit) ((mm_str){ (lit), sizeof(lit) - 1 })
#define NONE ((mm_str){ NULL, 0 })
#define KEY "key-0123456789abcdef"

static mm_address addr(mm_str name, mm_str local, mm_str domain)
{
	mm_address a = { name, local, domain };
	return a;
}

static const char* header(const mm_http_request* req, const char* name)
{
	size_t i, n = strlen(name);

	for (i = 0; i < req->header_count; i++) {
		if (strncmp(req->headers[i], name, n) == 0 && req->headers[i][n] == ':') {
			return req->headers[i] + n + 2;
		}
	}
	return NULL;
}

/* The field name from a part head "Content-Disposition: form-data; name=\"x\"...". */
static void part_name(const part_view* p, char* out, size_t out_size)
{
	const char* start = find(p->head, p->head_len, "name=\"", 6);
	const char* end;

	out[0] = '\0';
	if (!start) {
		return;
	}
	start += 6;
	end = memchr(start, '"', (size_t)(p->head + p->head_len - start));
	if (end) {
		snprintf(out, out_size, "%.*s", (int)(end - start), start);
	}
}

static bool request_is_empty(const mm_http_request* req)
{
	return req->url == NULL && req->header_count == 0 && req->body.len == 0;
}

static void test_full_message(void)
{
	static const char binary[] = { 0, 1, 2, '\r', '\n', '-', '-', (char)0xFF, 'x' };
	mm_address from = addr(S("Ada \"The\" Lovelace"), S("ada"), S("example.org"));
	mm_address reply = addr(NONE, S("replies"), S("example.org"));
	mm_address to[2] = { addr(NONE, S("bob"), S("example.com")),
		addr(S("Carol, C."), S("carol"), S("example.com")) };
	mm_address cc[1] = { addr(S("Dan"), S("dan"), S("example.net")) };
	mm_header headers[3] = { { S("X-Tag"), S("one") }, { S("X-Tag"), S("two") }, { S("Message-ID"), S("<m1@x>") } };
	mm_attachment files[2] = { { .data = { binary, sizeof(binary) },
		                       .filename = S("data.bin"),
		                       .mime_type = S("application/octet-stream") },
		{ .data = S("hello"), .filename = S("note \"1\".txt"), .mime_type = S("text/plain") } };
	mm_email email = { 0 };
	mm_mailgun_config config = { NONE, S(KEY), S("mg.example.com") };
	mm_http_request req;
	mm_error err;
	mm_buf expect_auth;
	part_view parts[20];
	char name[64];
	const char* ct;
	static const char* const want_names[] = { "subject", "from", "to", "cc", "h:reply-to", "h:X-Tag", "h:X-Tag",
		"h:Message-ID", "text", "html", "attachment", "attachment" };
	static const char* const want_values[] = { "Caf\xC3\xA9 \"menu\"",
		"\"Ada \\\"The\\\" Lovelace\" <ada@example.org>", "bob@example.com, \"Carol, C.\" <carol@example.com>",
		"\"Dan\" <dan@example.net>", "replies@example.org", "one", "two", "<m1@x>", "@alice see below\r\n",
		"<p>hi</p>" };
	int n, i;

	email.from = &from;
	email.reply_to = &reply;
	email.to = to;
	email.to_count = 2;
	email.cc = cc;
	email.cc_count = 1;
	email.headers = headers;
	email.header_count = 3;
	email.attachments = files;
	email.attachment_count = 2;
	email.subject = S("Caf\xC3\xA9 \"menu\"");
	email.text_body = S("@alice see below\r\n");
	email.html_body = S("<p>hi</p>");

	mm_http_request_init(&req);
	mm_error_clear(&err);
	CHECK(mm_mailgun_build(&config, &email, &req, &err));
	CHECK(strcmp(req.method, "POST") == 0);
	CHECK(strcmp(req.url, "https://api.mailgun.net/v3/mg.example.com/messages") == 0);

	mm_buf_init(&expect_auth);
	mm_buf_append_str(&expect_auth, "Basic ");
	mm_base64_append(&expect_auth, "api:" KEY, strlen("api:" KEY), 0);
	CHECK(header(&req, "Authorization") && strcmp(header(&req, "Authorization"), expect_auth.data) == 0);
	CHECK(strcmp(expect_auth.data, "Basic YXBpOmtleS0wMTIzNDU2Nzg5YWJjZGVm") == 0);
	mm_buf_free(&expect_auth);
	CHECK(header(&req, "Accept") && strcmp(header(&req, "Accept"), "application/json") == 0);
	ct = header(&req, "Content-Type");
	CHECK(ct && strncmp(ct, "multipart/form-data; boundary=", 30) == 0);
	CHECK(req.header_count == 3);

	n = ct ? read_form(req.body.data, req.body.len, ct + 30, parts, 20) : -1;
	CHECK(n == 12);
	for (i = 0; i < n && i < 12; i++) {
		part_name(&parts[i], name, sizeof(name));
		CHECK(strcmp(name, want_names[i]) == 0);
		if (i < 10) {
			CHECK_BYTES(parts[i].data, parts[i].data_len, want_values[i]);
			CHECK(find(parts[i].head, parts[i].head_len, "filename", 8) == NULL);
		}
	}
	if (n == 12) {
		CHECK_BYTES(parts[10].head, parts[10].head_len,
		    "Content-Disposition: form-data; name=\"attachment\"; filename=\"data.bin\"\r\n"
		    "Content-Type: application/octet-stream");
		CHECK(parts[10].data_len == sizeof(binary) && memcmp(parts[10].data, binary, sizeof(binary)) == 0);
		CHECK_BYTES(parts[11].head, parts[11].head_len,
		    "Content-Disposition: form-data; name=\"attachment\"; filename=\"note %221%22.txt\"\r\n"
		    "Content-Type: text/plain");
		CHECK_BYTES(parts[11].data, parts[11].data_len, "hello");
	}
	mm_http_request_free(&req);

	/* Absent fields are left out; an empty subject or body is sent. */
	email.reply_to = NULL;
	email.cc_count = 0;
	email.header_count = 0;
	email.attachment_count = 0;
	email.subject = S("");
	email.text_body = NONE;
	email.html_body = NONE;
	config.base_uri = S(MM_MAILGUN_EU_BASE_URI "/");
	CHECK(mm_mailgun_build(&config, &email, &req, &err));
	CHECK(strcmp(req.url, "https://api.eu.mailgun.net/v3/mg.example.com/messages") == 0);
	ct = header(&req, "Content-Type");
	n = ct ? read_form(req.body.data, req.body.len, ct + 30, parts, 20) : -1;
	CHECK(n == 3);
	if (n == 3) {
		part_name(&parts[0], name, sizeof(name));
		CHECK(strcmp(name, "subject") == 0 && parts[0].data_len == 0);
		part_name(&parts[2], name, sizeof(name));
		CHECK(strcmp(name, "to") == 0);
	}
	mm_http_request_free(&req);

	/* A loopback mock with a path prefix. */
	config.base_uri = S("http://127.0.0.1:8025/mailgun");
	CHECK(mm_mailgun_build(&config, &email, &req, &err));
	CHECK(strcmp(req.url, "http://127.0.0.1:8025/mailgun/v3/mg.example.com/messages") == 0);
	mm_http_request_free(&req);
}

/* Builds and expects a refusal whose message holds want and never the key. */
static void expect_refusal(const mm_mailgun_config* config, const mm_email* email, const char* want, int line)
{
	mm_http_request req;
	mm_error err;
	bool built;

	mm_http_request_init(&req);
	mm_error_clear(&err);
	built = mm_mailgun_build(config, email, &req, &err);
	CHECK(!built);
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(request_is_empty(&req));
	CHECK(strstr(err.message, KEY) == NULL);
	if (!strstr(err.message, want)) {
		CHECK(!"message");
		fprintf(stderr, "  line %d: got [%s], want [%s]\n", line, err.message, want);
	}
	mm_http_request_free(&req);
}

#define REFUSE(config, email, want) expect_refusal((config), (email), (want), __LINE__)

static void test_rejections(void)
{
	mm_address from = addr(NONE, S("a"), S("example.org"));
	mm_address to = addr(NONE, S("b"), S("example.org"));
	/* Display-name line breaks are folded by the string form; a line break
	 * in the address itself must be refused. */
	mm_address bad_name = addr(S("Eve"), S("e\r\nBcc: x@y"), S("example.org"));
	mm_address* many;
	mm_header hdr = { S("X-Ok"), S("v") };
	mm_attachment big = {
		.data = { NULL, 0 }, .filename = S("big.bin"), .mime_type = S("application/octet-stream")
	};
	mm_attachment evil_file = { .data = S("x"), .filename = S("a\r\nb.txt"), .mime_type = S("text/plain") };
	mm_email email = { 0 };
	mm_mailgun_config config = { NONE, S(KEY), S("mg.example.com") };
	mm_http_request req;
	mm_error err;
	char* big_data;
	size_t i;

	email.from = &from;
	email.to = &to;
	email.to_count = 1;

	config.domain = S("../x");
	REFUSE(&config, &email, "Mailgun domain must be a domain name (letters, digits, '-' and '.'), '../x' given");
	config.domain = S("a/b");
	REFUSE(&config, &email, "'a/b' given");
	config.domain = S("a..b");
	REFUSE(&config, &email, "'a..b' given");
	config.domain = S("mg.example.com.");
	REFUSE(&config, &email, "Mailgun domain");
	config.domain = S("");
	REFUSE(&config, &email, "Mailgun domain");
	config.domain = NONE;
	REFUSE(&config, &email, "Mailgun domain");
	config.domain = S("mg.exam%2Fple.com");
	REFUSE(&config, &email, "Mailgun domain");
	config.domain = S("mg.example.com");

	config.api_key = S("");
	REFUSE(&config, &email, "Mailgun api-key must not be empty");
	config.api_key = NONE;
	REFUSE(&config, &email, "Mailgun api-key must not be empty");
	config.api_key = S(KEY "\n");
	REFUSE(&config, &email, "Mailgun api-key must not contain CR, LF or NUL");
	config.api_key = S(KEY);
	config.base_uri = S("http://api.mailgun.net");
	REFUSE(&config, &email, "only for a loopback host");
	config.base_uri = NONE;

	email.from = NULL;
	REFUSE(&config, &email, "no From address");
	email.from = &from;
	email.to_count = 0;
	email.cc = &to;
	email.cc_count = 1;
	REFUSE(&config, &email, "Mailgun message has no To recipient (Mailgun requires one)");
	email.cc_count = 0;
	REFUSE(&config, &email, "Mailgun message has no recipients (To or Cc)");
	email.to_count = 1;

	/* 1000 recipients pass, 1001 do not. */
	many = calloc(MM_MAILGUN_MAX_RECIPIENTS + 1, sizeof(*many));
	for (i = 0; i <= MM_MAILGUN_MAX_RECIPIENTS; i++) {
		many[i] = to;
	}
	email.to = many;
	email.to_count = 600;
	email.cc = many;
	email.cc_count = 400;
	mm_http_request_init(&req);
	CHECK(mm_mailgun_build(&config, &email, &req, &err));
	mm_http_request_free(&req);
	email.cc_count = 401;
	REFUSE(&config, &email, "Mailgun message has 1001 recipients (To and Cc), at most 1000 are allowed");
	email.to_count = MM_MAILGUN_MAX_RECIPIENTS + 1;
	email.cc_count = 0;
	REFUSE(&config, &email, "Mailgun message has 1001 recipients (To and Cc), at most 1000 are allowed");
	free(many);
	email.to = &to;
	email.to_count = 1;

	/* 25 MB in all: an attachment of exactly the limit minus the body passes. */
	big_data = calloc(1, MM_MAILGUN_MAX_MESSAGE_BYTES + 1);
	big.data.ptr = big_data;
	big.data.len = MM_MAILGUN_MAX_MESSAGE_BYTES - 4;
	email.text_body = S("text");
	email.attachments = &big;
	email.attachment_count = 1;
	mm_http_request_init(&req);
	CHECK(mm_mailgun_build(&config, &email, &req, &err));
	mm_http_request_free(&req);
	big.data.len++;
	REFUSE(&config, &email,
	    "Mailgun message is too large: 26214401 bytes of subject, bodies, headers and attachments, at most 26214400 "
	    "(25 MB) are allowed");
	free(big_data);
	email.attachment_count = 0;
	email.text_body = NONE;

	email.subject = S("Hi\r\nBcc: victim@example.com");
	REFUSE(&config, &email, "Subject must not contain CR, LF or NUL");
	email.subject = NONE;

	email.headers = &hdr;
	email.header_count = 1;
	hdr.name = S("X Bad");
	REFUSE(&config, &email, "Header name must be printable ASCII");
	hdr.name = S("X-Ok");
	hdr.value = S("a\nb");
	REFUSE(&config, &email, "Header value must not contain");
	email.header_count = 0;

	email.from = &bad_name;
	REFUSE(&config, &email, "From address must not contain CR, LF or NUL");
	email.from = &from;
	email.reply_to = &bad_name;
	REFUSE(&config, &email, "Reply-To address");
	email.reply_to = NULL;

	email.attachments = &evil_file;
	email.attachment_count = 1;
	REFUSE(&config, &email, "Attachment filename must not contain CR, LF or NUL, 'a\\r\\nb.txt' given");
	email.attachment_count = 0;
}

static void expect_provider_error(
    long status, const char* body, const char* want_message, const char* want_provider_message, int line)
{
	mm_error err;

	mm_error_clear(&err);
	CHECK(!mm_mailgun_parse_response(status, body, strlen(body), &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_BY_HTTP_STATUS);
	CHECK(err.status == status);
	CHECK(err.provider_code[0] == '\0');
	if (strcmp(err.message, want_message) != 0 || strcmp(err.provider_message, want_provider_message) != 0) {
		CHECK(!"response error");
		fprintf(stderr, "  line %d: got [%s] [%s]\n", line, err.message, err.provider_message);
	}
}

#define PROVIDER_ERROR(status, body, msg, pmsg) expect_provider_error((status), (body), (msg), (pmsg), __LINE__)

static void test_responses(void)
{
	mm_error err;
	mm_mailgun_response_fields fields;
	const char nul_body[] = "{\"id\":\"a\\u0000b\"}";
	const char* ok_body;

	mm_error_clear(&err);
	ok_body = "{\"id\":\"<20240101.1@mg.example.com>\",\"message\":\"Queued. Thank you.\"}";
	CHECK(mm_mailgun_parse_response(200, ok_body, strlen(ok_body), &err));
	CHECK(!mm_error_is_set(&err));
	ok_body = " {\"x\":{\"id\":\"\"},\n\"id\":\"<a@b>\"} ";
	CHECK(mm_mailgun_parse_response(200, ok_body, strlen(ok_body), &err));
	CHECK(mm_mailgun_parse_response(200, nul_body, sizeof(nul_body) - 1, &err));

	PROVIDER_ERROR(
	    200, "{\"message\":\"Queued.\"}", "Mailgun answered HTTP 200 without a message id: 'Queued.'", "Queued.");
	PROVIDER_ERROR(200, "{\"id\":\"\"}", "Mailgun answered HTTP 200 without a message id", "");
	PROVIDER_ERROR(200, "{\"id\":5}", "Mailgun answered HTTP 200 without a message id", "");
	PROVIDER_ERROR(200, "{\"x\":{\"id\":\"inner\"}}", "Mailgun answered HTTP 200 without a message id", "");
	PROVIDER_ERROR(200, "OK", "Mailgun answered HTTP 200 without a JSON body", "");
	PROVIDER_ERROR(200, "{\"id\":\"x\"} trailing", "Mailgun answered HTTP 200 without a JSON body", "");
	PROVIDER_ERROR(200, "[\"id\"]", "Mailgun answered HTTP 200 without a JSON body", "");
	PROVIDER_ERROR(202, "", "Mailgun answered HTTP 202 without a JSON body", "");
	/* Non-2xx: worded as for every provider (mm_provider_fail_status). */
	PROVIDER_ERROR(400, "{\"message\":\"'to' parameter is not a valid address. please check documentation\"}",
	    "Mailgun request failed with HTTP status 400: 'to' parameter is not a valid address. please check "
	    "documentation",
	    "'to' parameter is not a valid address. please check documentation");
	/* Control characters from the provider become spaces. */
	PROVIDER_ERROR(400, "{\"message\":\"a\\\"b\\u00e9\\n\"}",
	    "Mailgun request failed with HTTP status 400: a\"b\xC3\xA9 ", "a\"b\xC3\xA9 ");
	/* A plain-text body is quoted in the sentence, without its line breaks. */
	PROVIDER_ERROR(401, "Forbidden", "Mailgun request failed with HTTP status 401: 'Forbidden'", "");
	PROVIDER_ERROR(401, "\r\nForbidden \n", "Mailgun request failed with HTTP status 401: 'Forbidden'", "");
	PROVIDER_ERROR(
	    429, "{\"error\":\"rate\"}", "Mailgun request failed with HTTP status 429: '{\"error\":\"rate\"}'", "");
	PROVIDER_ERROR(
	    400, "{\"message\":\"\"}", "Mailgun request failed with HTTP status 400: '{\"message\":\"\"}'", "");
	PROVIDER_ERROR(500, "", "Mailgun request failed with HTTP status 500 and an empty body", "");
	PROVIDER_ERROR(502, " \r\n", "Mailgun request failed with HTTP status 502 and an empty body", "");
	/* A 2xx status is required even when the body carries an id. */
	PROVIDER_ERROR(404, "{\"id\":\"x\",\"message\":\"Domain not found\"}",
	    "Mailgun request failed with HTTP status 404: Domain not found", "Domain not found");

	/* The checker on its own, fed without a body. */
	memset(&fields, 0, sizeof(fields));
	fields.is_json_object = true;
	fields.has_id = true;
	CHECK(mm_mailgun_check_response(200, &fields, "", 0, &err));
	CHECK(!mm_mailgun_check_response(199, &fields, "", 0, &err));
	CHECK(!mm_mailgun_check_response(300, &fields, "", 0, &err));
}

int main(void)
{
	test_full_message();
	test_rejections();
	test_responses();
	CHECK(mm_alloc_live() == 0);
	return check_summary("mailgun");
}
