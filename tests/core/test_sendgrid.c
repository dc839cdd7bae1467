/* SendGrid: exact request bytes, our deliberate differences from the
 * original, rejections before sending, and the response reader. */
#include <stdlib.h>

#include "check.h"
#include "mm_alloc.h"
#include "provider_sendgrid.h"

#define S(lit) ((mm_str){ (lit), sizeof(lit) - 1 })
#define NONE ((mm_str){ NULL, 0 })
#define ADDR(name, local, domain) ((mm_address){ name, S(local), S(domain) })

static const mm_sendgrid_config config = { S("https://api.sendgrid.com"), S("SG.key") };

static mm_email minimal_email(const mm_address* from, const mm_address* to)
{
	mm_email e;

	memset(&e, 0, sizeof(e));
	e.from = from;
	e.to = to;
	e.to_count = 1;
	return e;
}

static void test_full_message(void)
{
	mm_address from = ADDR(S("Ada \"The\" Lovelace\\"), "ada", "example.org");
	mm_address to[2] = { ADDR(S("Bj\xC3\xB6rn"), "bjorn", "example.com"), ADDR(NONE, "carol", "example.com") };
	mm_address cc = ADDR(S("0"), "zero", "example.net");
	mm_address reply = ADDR(S(""), "replies", "example.org");
	mm_header headers[4] = { { S("X-A"), S("1") }, { S("X-B"), S("b") }, { S("X-A"), S("2") },
		{ S("x-a"), S("3") } };
	mm_attachment att = { .data = S("\x00\xff\x10"
		                        "abc\x80"),
		.filename = S("data \"1\".bin"),
		.mime_type = S("application/octet-stream") };
	mm_email e = minimal_email(&from, to);
	mm_http_request req;
	mm_error err;

	e.to_count = 2;
	e.cc = &cc;
	e.cc_count = 1;
	e.reply_to = &reply;
	e.headers = headers;
	e.header_count = 4;
	e.attachments = &att;
	e.attachment_count = 1;
	e.subject = S("Gr\xC3\xBC\xC3\x9F"
	              "e / Test");
	e.text_body = S("Hi\n");
	e.html_body = S("<p>Hi</p>");
	mm_error_clear(&err);
	CHECK(mm_sendgrid_build(&config, &e, &req, &err));
	CHECK(strcmp(req.url, "https://api.sendgrid.com/v3/mail/send") == 0);
	CHECK(strcmp(req.method, "POST") == 0);
	CHECK(req.header_count == 2);
	CHECK(strcmp(req.headers[0], "Authorization: Bearer SG.key") == 0);
	CHECK(strcmp(req.headers[1], "Content-Type: application/json") == 0);
	CHECK_BYTES(req.body.data, req.body.len,
	    "{\"subject\":\"Gr\xC3\xBC\xC3\x9F"
	    "e / Test\","
	    "\"personalizations\":[{\"to\":[{\"email\":\"bjorn@example.com\",\"name\":\"Bj\xC3\xB6rn\"},"
	    "{\"email\":\"carol@example.com\"}],\"cc\":[{\"email\":\"zero@example.net\",\"name\":\"0\"}]}],"
	    "\"from\":{\"email\":\"ada@example.org\",\"name\":\"Ada \\\"The\\\" Lovelace\\\\\"},"
	    "\"reply_to\":{\"email\":\"replies@example.org\"},"
	    "\"headers\":{\"X-A\":\"2\",\"X-B\":\"b\",\"x-a\":\"3\"},"
	    "\"content\":[{\"type\":\"text/plain\",\"value\":\"Hi\\n\"},{\"type\":\"text/html\",\"value\":\"<p>Hi</p>\"}],"
	    "\"attachments\":[{\"content\":\"AP8QYWJjgA==\",\"type\":\"application/octet-stream\","
	    "\"filename\":\"data \\\"1\\\".bin\",\"disposition\":\"attachment\"}]}");
	mm_http_request_free(&req);
}

static void test_absent_and_empty(void)
{
	mm_address from = ADDR(NONE, "a", "example.org");
	mm_address cc = ADDR(NONE, "c", "example.org");
	mm_email e = minimal_email(&from, NULL);
	mm_sendgrid_config mock = { S("http://127.0.0.1:8080/sg/"), S("k") };
	mm_http_request req;
	mm_error err;

	/* Only Cc: no empty "to" list; no bodies: no "content". */
	e.to_count = 0;
	e.cc = &cc;
	e.cc_count = 1;
	mm_error_clear(&err);
	CHECK(mm_sendgrid_build(&mock, &e, &req, &err));
	CHECK(strcmp(req.url, "http://127.0.0.1:8080/sg/v3/mail/send") == 0);
	CHECK_BYTES(req.body.data, req.body.len,
	    "{\"personalizations\":[{\"cc\":[{\"email\":\"c@example.org\"}]}],\"from\":{\"email\":\"a@example.org\"}}");
	mm_http_request_free(&req);

	/* Present empty subject and HTML body are sent. */
	e.subject = S("");
	e.html_body = S("");
	CHECK(mm_sendgrid_build(&config, &e, &req, &err));
	CHECK_BYTES(req.body.data, req.body.len,
	    "{\"subject\":\"\",\"personalizations\":[{\"cc\":[{\"email\":\"c@example.org\"}]}],"
	    "\"from\":{\"email\":\"a@example.org\"},\"content\":[{\"type\":\"text/html\",\"value\":\"\"}]}");
	mm_http_request_free(&req);
}

static void expect_build_error(const mm_sendgrid_config* cfg, const mm_email* e, const char* message)
{
	mm_http_request req;
	mm_error err;

	mm_error_clear(&err);
	CHECK(!mm_sendgrid_build(cfg, e, &req, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	if (strcmp(err.message, message) != 0) {
		CHECK(0);
		fprintf(stderr, "  got:  %s\n  want: %s\n", err.message, message);
	}
	CHECK(req.url == NULL && req.body.data == NULL && req.header_count == 0);
}

static void test_rejections(void)
{
	mm_address from = ADDR(NONE, "a", "example.org");
	mm_address to = ADDR(NONE, "b", "example.org");
	mm_address bad_name = ADDR(S("\xFF"), "b", "example.org");
	mm_address bad_local = ADDR(NONE, "b\nc", "example.org");
	mm_email e = minimal_email(&from, &to);
	mm_sendgrid_config cfg = config;

	e.from = NULL;
	expect_build_error(&config, &e, "SendGrid message has no From address");
	e.from = &from;
	e.to_count = 0;
	expect_build_error(&config, &e, "SendGrid message has no recipients (To or Cc)");
	e.to_count = 1;
	e.html_body = S("\xE2\x82");
	expect_build_error(&config, &e, "HTML body is not valid UTF-8 (byte 0xE2 at offset 0)");
	e.html_body = NONE;
	e.from = &bad_name;
	expect_build_error(&config, &e, "From address is not valid UTF-8 (byte 0xFF at offset 0)");
	e.from = &from;
	e.to = &bad_local;
	expect_build_error(&config, &e, "To address must not contain CR, LF or NUL, 'b\\nc@example.org' given");
	e.to = &to;

	cfg.api_key = S("");
	expect_build_error(&cfg, &e, "SendGrid API key must not be empty");
	cfg.api_key = S("SG.secret\n");
	expect_build_error(&cfg, &e, "SendGrid API key must not contain CR, LF or NUL");
	cfg.api_key = S("k");
	cfg.base_uri = S("api.sendgrid.com");
	expect_build_error(
	    &cfg, &e, "Base URI must start with https:// (or http:// for a loopback host), 'api.sendgrid.com' given");
	cfg.base_uri = S("http://api.sendgrid.com/");
	expect_build_error(&cfg, &e,
	    "Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), "
	    "'http://api.sendgrid.com/' given");
}

static void test_limits(void)
{
	mm_address from = ADDR(NONE, "a", "example.org");
	mm_address* many = calloc(1001, sizeof(mm_address));
	mm_attachment att = { 0 };
	mm_email e = minimal_email(&from, many);
	mm_http_request req;
	mm_error err;
	size_t i, big = MM_SENDGRID_MAX_MESSAGE_BYTES;
	char* data = calloc(1, big);

	for (i = 0; i < 1001; i++) {
		many[i] = (mm_address)ADDR(NONE, "r", "example.org");
	}
	e.to_count = 600;
	e.cc = many + 600;
	e.cc_count = 400;
	mm_error_clear(&err);
	CHECK(mm_sendgrid_build(&config, &e, &req, &err));
	mm_http_request_free(&req);
	e.cc_count = 401;
	expect_build_error(&config, &e, "SendGrid message has 1001 recipients (To and Cc), at most 1000 are allowed");
	e.to_count = 1;
	e.cc_count = 0;

	/* A 30 MB attachment is 40 MB as base64: refused before encoding. */
	att.data = (mm_str){ data, big };
	att.filename = S("big.bin");
	att.mime_type = S("application/octet-stream");
	e.attachments = &att;
	e.attachment_count = 1;
	expect_build_error(&config, &e,
	    "SendGrid message is too large: at least 41943040 bytes as JSON, at most 31457280 (30 MB) are allowed");
	/* Just under the limit as base64, over it with the JSON around it. */
	att.data.len = big / 4 * 3 - 30;
	expect_build_error(
	    &config, &e, "SendGrid message is too large: 31457443 bytes as JSON, at most 31457280 (30 MB) are allowed");
	att.data.len = big / 4 * 3 - 300;
	CHECK(mm_sendgrid_build(&config, &e, &req, &err));
	mm_http_request_free(&req);
	free(data);
	free(many);
}

static bool parse(long status, const char* body, mm_error* err)
{
	mm_error_clear(err);
	return mm_sendgrid_parse_response(status, body, strlen(body), err);
}

static void test_response(void)
{
	mm_error err;

	CHECK(parse(202, "", &err));
	CHECK(parse(200, "not json at all", &err));
	CHECK(err.domain == MM_ERROR_NONE);

	CHECK(!parse(400,
	    "{\"errors\":[{\"message\":\"The from object must be provided for every email send.\","
	    "\"field\":\"from\",\"help\":\"http://sendgrid.com/docs\"},{\"message\":\"second\"}]}",
	    &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_BY_HTTP_STATUS && err.status == 400);
	CHECK(
	    strcmp(err.provider_message, "The from object must be provided for every email send. (field: from)") == 0);
	CHECK(err.provider_code[0] == '\0');
	CHECK(strcmp(err.message,
	          "SendGrid request failed with HTTP status 400: The from object must be provided for "
	          "every email send. (field: from)") == 0);

	CHECK(!parse(401,
	    "{\"errors\":[{\"field\":null,\"message\":\"The provided authorization grant is invalid, "
	    "expired, or revoked\",\"help\":null}]}",
	    &err));
	CHECK(err.status == 401);
	CHECK(strcmp(err.provider_message, "The provided authorization grant is invalid, expired, or revoked") == 0);

	CHECK(!parse(413, "{\"errors\":[]}", &err));
	CHECK(strcmp(err.message, "SendGrid request failed with HTTP status 413: '{\"errors\":[]}'") == 0);
	CHECK(!parse(500, "<html>oops</html>", &err));
	CHECK(strcmp(err.message, "SendGrid request failed with HTTP status 500: '<html>oops</html>'") == 0);
	CHECK(err.provider_message[0] == '\0');
	CHECK(!parse(429, "", &err));
	CHECK(err.status == 429 &&
	    strcmp(err.message, "SendGrid request failed with HTTP status 429 and an empty body") == 0);
	/* Control characters from the provider do not reach the message. */
	CHECK(!parse(400, "{\"errors\":[{\"message\":\"a\\nb\"}]}", &err));
	CHECK(strcmp(err.provider_message, "a b") == 0);
}

int main(void)
{
	test_full_message();
	test_absent_and_empty();
	test_rejections();
	test_limits();
	test_response();
	CHECK(mm_alloc_live() == 0);
	return check_summary("sendgrid");
}
