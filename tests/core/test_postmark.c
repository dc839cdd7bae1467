/* Postmark: exact request bytes, rejections before sending, and every branch
 * of the response readers. */
#include <stdlib.h>

#include "check.h"
#include "mm_alloc.h"
#include "provider_postmark.h"

#define S(lit) ((mm_str){ (lit), sizeof(lit) - 1 })
#define NONE ((mm_str){ NULL, 0 })
#define ADDR(name, local, domain) ((mm_address){ name, S(local), S(domain) })

static const mm_postmark_config config = { S("https://api.postmarkapp.com"), S("tok-123"), { NULL, 0 } };

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
	mm_address to[2] = { ADDR(S("Bob"), "bob", "example.com"), ADDR(NONE, "carol", "example.com") };
	mm_address cc = ADDR(S("Dan, Jr."), "dan", "example.net");
	mm_address reply = ADDR(NONE, "replies", "example.org");
	mm_header headers[3] = { { S("X-A"), S("1") }, { S("X-A"), S("2") }, { S("X-B"), S("a/b") } };
	mm_attachment att = { .data = S("\x00\xff\x10"
		                        "abc\x80"),
		.filename = S("data.bin"),
		.mime_type = S("application/octet-stream") };
	mm_email e = minimal_email(&from, to);
	mm_http_request req;
	mm_error err;

	e.to_count = 2;
	e.cc = &cc;
	e.cc_count = 1;
	e.reply_to = &reply;
	e.headers = headers;
	e.header_count = 3;
	e.attachments = &att;
	e.attachment_count = 1;
	e.subject = S("Gr\xC3\xBC\xC3\x9F"
	              "e / \"Test\"");
	e.text_body = S("Line 1\nLine 2\t\\");
	e.html_body = S("<p>Hi</p>");
	mm_error_clear(&err);
	CHECK(mm_postmark_build(&config, &e, &req, &err));
	CHECK(strcmp(req.url, "https://api.postmarkapp.com/email") == 0);
	CHECK(strcmp(req.method, "POST") == 0);
	CHECK(req.header_count == 3);
	CHECK(strcmp(req.headers[0], "X-Postmark-Server-Token: tok-123") == 0);
	CHECK(strcmp(req.headers[1], "Accept: application/json") == 0);
	CHECK(strcmp(req.headers[2], "Content-Type: application/json") == 0);
	CHECK_BYTES(req.body.data, req.body.len,
	    "{\"Subject\":\"Gr\xC3\xBC\xC3\x9F"
	    "e / \\\"Test\\\"\","
	    "\"From\":\"\\\"Ada \\\\\\\"The\\\\\\\" Lovelace\\\\\\\\\\\" <ada@example.org>\","
	    "\"To\":\"\\\"Bob\\\" <bob@example.com>, carol@example.com\","
	    "\"Cc\":\"\\\"Dan, Jr.\\\" <dan@example.net>\","
	    "\"ReplyTo\":\"replies@example.org\","
	    "\"Headers\":[{\"Name\":\"X-A\",\"Value\":\"1\"},{\"Name\":\"X-A\",\"Value\":\"2\"},"
	    "{\"Name\":\"X-B\",\"Value\":\"a/b\"}],"
	    "\"TextBody\":\"Line 1\\nLine 2\\t\\\\\","
	    "\"HtmlBody\":\"<p>Hi</p>\","
	    "\"Attachments\":[{\"Name\":\"data.bin\",\"ContentType\":\"application/octet-stream\","
	    "\"Content\":\"AP8QYWJjgA==\"}]}");
	mm_http_request_free(&req);
}

/* Absent members are left out; present empty strings are sent. */
static void test_absent_and_empty(void)
{
	mm_address from = ADDR(NONE, "a", "example.org");
	mm_address cc = ADDR(S(""), "c", "example.org");
	mm_email e = minimal_email(&from, NULL);
	mm_postmark_config with_stream = { S("https://127.0.0.1:1234/prefix//"), S("t"), S("broadcast") };
	mm_postmark_config empty_stream = { S("http://127.0.0.1:1234"), S("t"), S("") };
	mm_http_request req;
	mm_error err;

	e.to_count = 0;
	e.cc = &cc;
	e.cc_count = 1;
	mm_error_clear(&err);
	CHECK(mm_postmark_build(&config, &e, &req, &err));
	CHECK_BYTES(req.body.data, req.body.len, "{\"From\":\"a@example.org\",\"Cc\":\"c@example.org\"}");
	mm_http_request_free(&req);

	e.subject = S("");
	e.text_body = S("");
	CHECK(mm_postmark_build(&with_stream, &e, &req, &err));
	CHECK(strcmp(req.url, "https://127.0.0.1:1234/prefix/email") == 0);
	CHECK_BYTES(req.body.data, req.body.len,
	    "{\"Subject\":\"\",\"From\":\"a@example.org\",\"Cc\":\"c@example.org\",\"TextBody\":\"\","
	    "\"MessageStream\":\"broadcast\"}");
	mm_http_request_free(&req);

	CHECK(mm_postmark_build(&empty_stream, &e, &req, &err));
	CHECK(strcmp(req.url, "http://127.0.0.1:1234/email") == 0);
	CHECK(strstr(req.body.data, "MessageStream") == NULL);
	mm_http_request_free(&req);
}

static void expect_build_error(const mm_postmark_config* cfg, const mm_email* e, const char* message)
{
	mm_http_request req;
	mm_error err;

	mm_error_clear(&err);
	CHECK(!mm_postmark_build(cfg, e, &req, &err));
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
	mm_address bad_name = ADDR(S("Bad \xC3("), "b", "example.org");
	/* A line break in a display name is folded to a space by the string
	 * form (messages.md §7.3); one in the address itself must be refused. */
	mm_address broken = ADDR(S("Evil"), "b\r\nBcc: x@y", "example.org");
	mm_header bad_header = { S("X-A:"), S("1") };
	mm_header bad_value = { S("X-A"), S("1\nBcc: x") };
	mm_email e = minimal_email(&from, &to);
	mm_postmark_config cfg = config;

	e.from = NULL;
	expect_build_error(&config, &e, "Postmark message has no From address");
	e.from = &from;
	e.to_count = 0;
	expect_build_error(&config, &e, "Postmark message has no recipients (To or Cc)");
	e.to_count = 1;

	e.subject = S("Caf\xE9");
	expect_build_error(&config, &e, "Subject is not valid UTF-8 (byte 0xE9 at offset 3)");
	e.subject = S("Hi\r\nBcc: x@y");
	expect_build_error(&config, &e, "Subject must not contain CR, LF or NUL, 'Hi\\r\\nBcc: x@y' given");
	e.subject = NONE;
	e.text_body = S("ok\xFF");
	expect_build_error(&config, &e, "Text body is not valid UTF-8 (byte 0xFF at offset 2)");
	e.text_body = NONE;
	e.to = &bad_name;
	expect_build_error(&config, &e, "To address is not valid UTF-8 (byte 0xC3 at offset 5)");
	e.to = &broken;
	expect_build_error(
	    &config, &e, "To address must not contain CR, LF or NUL, '\"Evil\" <b\\r\\nBcc: x@y@example.org>' given");
	e.to = &to;
	e.headers = &bad_header;
	e.header_count = 1;
	expect_build_error(&config, &e, "Header name must be printable ASCII without spaces or ':', 'X-A:' given");
	e.headers = &bad_value;
	expect_build_error(&config, &e, "Header value must not contain CR, LF or NUL, '1\\nBcc: x' given");
	e.header_count = 0;

	cfg.access_token = S("");
	expect_build_error(&cfg, &e, "Postmark access token must not be empty");
	cfg.access_token = NONE;
	expect_build_error(&cfg, &e, "Postmark access token must not be empty");
	cfg.access_token = S("secret\r\nX: y");
	expect_build_error(&cfg, &e, "Postmark access token must not contain CR, LF or NUL");
	cfg.access_token = S("t");
	cfg.base_uri = S("ftp://example.org");
	expect_build_error(
	    &cfg, &e, "Base URI must start with https:// (or http:// for a loopback host), 'ftp://example.org' given");
	cfg.base_uri = S("https://");
	CHECK(!mm_postmark_build(&cfg, &e, &(mm_http_request){ 0 }, &(mm_error){ 0 }));
	cfg.base_uri = S("https://a b");
	CHECK(!mm_postmark_build(&cfg, &e, &(mm_http_request){ 0 }, &(mm_error){ 0 }));
	cfg.base_uri = S("https://x/?q=1");
	CHECK(!mm_postmark_build(&cfg, &e, &(mm_http_request){ 0 }, &(mm_error){ 0 }));
	cfg.base_uri = NONE;
	CHECK(!mm_postmark_build(&cfg, &e, &(mm_http_request){ 0 }, &(mm_error){ 0 }));
	/* Plain http only towards loopback: a typo must not send the token in clear text. */
	cfg.base_uri = S("http://api.postmarkapp.com");
	expect_build_error(&cfg, &e,
	    "Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), "
	    "'http://api.postmarkapp.com' given");
	cfg.base_uri = S("https://user:pw@api.postmarkapp.com");
	expect_build_error(
	    &cfg, &e, "Base URI must not contain user-info ('@'); credentials belong in the adapter options");
}

static void test_limits(void)
{
	mm_address from = ADDR(NONE, "a", "example.org");
	mm_address many[51] = { { { NULL, 0 }, { NULL, 0 }, { NULL, 0 } } };
	mm_email e = minimal_email(&from, many);
	mm_http_request req;
	mm_error err;
	size_t i, big = MM_POSTMARK_MAX_MESSAGE_BYTES;
	char* text = malloc(big + 1);

	for (i = 0; i < 51; i++) {
		many[i] = (mm_address)ADDR(NONE, "r", "example.org");
	}
	e.to_count = 30;
	e.cc = many + 30;
	e.cc_count = 20;
	mm_error_clear(&err);
	CHECK(mm_postmark_build(&config, &e, &req, &err));
	mm_http_request_free(&req);
	e.cc_count = 21;
	expect_build_error(&config, &e, "Postmark message has 51 recipients (To and Cc), at most 50 are allowed");
	e.to_count = 1;
	e.cc_count = 0;

	/* Refused before encoding when the bodies alone are too large... */
	memset(text, 'x', big + 1);
	e.text_body = (mm_str){ text, big + 1 };
	expect_build_error(&config, &e,
	    "Postmark message is too large: at least 10485761 bytes as JSON, at most 10485760 (10 MB) are allowed");
	/* ...and after building when the JSON around them tips it over. */
	e.text_body = (mm_str){ text, big - 20 };
	expect_build_error(
	    &config, &e, "Postmark message is too large: 10485799 bytes as JSON, at most 10485760 (10 MB) are allowed");
	e.text_body = (mm_str){ text, big - 60 };
	CHECK(mm_postmark_build(&config, &e, &req, &err));
	CHECK(req.body.len <= MM_POSTMARK_MAX_MESSAGE_BYTES);
	mm_http_request_free(&req);
	free(text);
}

static void test_batch(void)
{
	mm_address from = ADDR(NONE, "a", "example.org");
	mm_address to = ADDR(NONE, "b", "example.org");
	mm_email emails[2] = { minimal_email(&from, &to), minimal_email(&from, &to) };
	mm_email* lots = calloc(MM_POSTMARK_MAX_BATCH + 1, sizeof(mm_email));
	mm_http_request req;
	mm_error err;
	size_t i;

	emails[1].subject = S("Two");
	mm_error_clear(&err);
	CHECK(mm_postmark_build_batch(&config, emails, 2, &req, &err));
	CHECK(strcmp(req.url, "https://api.postmarkapp.com/email/batch") == 0);
	CHECK(req.header_count == 3);
	CHECK_BYTES(req.body.data, req.body.len,
	    "[{\"From\":\"a@example.org\",\"To\":\"b@example.org\"},"
	    "{\"Subject\":\"Two\",\"From\":\"a@example.org\",\"To\":\"b@example.org\"}]");
	mm_http_request_free(&req);

	emails[1].from = NULL;
	CHECK(!mm_postmark_build_batch(&config, emails, 2, &req, &err));
	CHECK(strcmp(err.message, "Batch message at index 1: Postmark message has no From address") == 0);
	CHECK(req.body.data == NULL);

	CHECK(!mm_postmark_build_batch(&config, emails, 0, &req, &err));
	CHECK(strcmp(err.message, "Postmark batch has no messages") == 0);
	for (i = 0; i <= MM_POSTMARK_MAX_BATCH; i++) {
		lots[i] = minimal_email(&from, &to);
	}
	CHECK(mm_postmark_build_batch(&config, lots, MM_POSTMARK_MAX_BATCH, &req, &err));
	mm_http_request_free(&req);
	CHECK(!mm_postmark_build_batch(&config, lots, MM_POSTMARK_MAX_BATCH + 1, &req, &err));
	CHECK(strcmp(err.message, "Postmark batch has 501 messages, at most 500 are allowed") == 0);
	/* Six messages of 9 MB each: every one fits, the batch does not. */
	{
		size_t nine = 9u * 1024 * 1024;
		char* text = calloc(1, nine);
		memset(text, 'x', nine);
		for (i = 0; i < 6; i++) {
			lots[i].text_body = (mm_str){ text, nine };
		}
		CHECK(!mm_postmark_build_batch(&config, lots, 6, &req, &err));
		CHECK(strcmp(err.message,
		          "Postmark batch is too large: at least 56623104 bytes as JSON, at most 52428800 "
		          "(50 MB) are allowed") == 0);
		CHECK(mm_postmark_build_batch(&config, lots, 5, &req, &err));
		mm_http_request_free(&req);
		free(text);
	}
	free(lots);
}

static bool parse(long status, const char* body, mm_error* err)
{
	mm_error_clear(err);
	return mm_postmark_parse_response(status, body, strlen(body), err);
}

static void test_response(void)
{
	mm_error err;

	CHECK(parse(200,
	    "{\"To\":\"b@example.org\",\"SubmittedAt\":\"2024-01-01T00:00:00Z\",\"MessageID\":\"0a1b\","
	    "\"ErrorCode\":0,\"Message\":\"OK\"}",
	    &err));
	CHECK(err.domain == MM_ERROR_NONE);
	CHECK(parse(200, "{\"ErrorCode\":\"0\"}", &err));
	CHECK(parse(200, "[]", &err));

	CHECK(!parse(422,
	    "{\"ErrorCode\":406,\"Message\":\"You tried to send to recipient(s) that have been marked as "
	    "inactive.\"}",
	    &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_BY_HTTP_STATUS && err.status == 422);
	CHECK(strcmp(err.provider_code, "406") == 0 && err.provider_code_is_int);
	CHECK(
	    strcmp(err.provider_message, "You tried to send to recipient(s) that have been marked as inactive.") == 0);
	CHECK(strcmp(err.message,
	          "Postmark request failed with HTTP status 422: (406) You tried to send to "
	          "recipient(s) that have been marked as inactive.") == 0);

	CHECK(!parse(401,
	    "{\"ErrorCode\":10,\"Message\":\"The Server Token you provided in the "
	    "X-Postmark-Server-Token request header was invalid.\"}",
	    &err));
	CHECK(err.status == 401 && strcmp(err.provider_code, "10") == 0);
	CHECK(strncmp(err.message, "Postmark request failed with HTTP status 401: (10) The Server Token", 67) == 0);

	CHECK(!parse(200, "{\"ErrorCode\":300,\"Message\":\"Invalid 'From' address\"}", &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.status == 200);
	CHECK(strcmp(err.message, "Received error from Postmark: (300) Invalid 'From' address") == 0);
	CHECK(strcmp(err.provider_code, "300") == 0 && err.provider_code_is_int);
	CHECK(!parse(200, "{\"ErrorCode\":\"E1\",\"Message\":\"odd\"}", &err));
	CHECK(strcmp(err.provider_code, "E1") == 0 && !err.provider_code_is_int);

	CHECK(!parse(200, "Thanks!", &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.status == 200);
	CHECK(strcmp(err.message,
	          "Expected JSON response from Postmark: Invalid JSON at offset 0: unexpected "
	          "character") == 0);
	CHECK(!parse(200, "\"OK\"", &err));
	CHECK(strcmp(err.message, "Expected JSON response from Postmark: the body is not a JSON object or array") == 0);
	CHECK(!parse(200, "", &err));
	CHECK(strncmp(err.message, "Expected JSON response from Postmark", 36) == 0);

	CHECK(!parse(500, "<html><body>Internal \xC3\xA9rror\r\n</body></html>", &err));
	CHECK(err.status == 500 && err.provider_code[0] == '\0' && err.provider_message[0] == '\0');
	CHECK(strcmp(err.message,
	          "Postmark request failed with HTTP status 500: "
	          "'<html><body>Internal ??rror\\r\\n</body></html>'") == 0);
	CHECK(!parse(503, "", &err));
	CHECK(strcmp(err.message, "Postmark request failed with HTTP status 503 and an empty body") == 0);
	CHECK(!parse(502, "{\"Message\":\"Bad gateway\"}", &err));
	CHECK(strcmp(err.message, "Postmark request failed with HTTP status 502: Bad gateway") == 0);
	CHECK(!parse(401, "{\"ErrorCode\":10}", &err));
	CHECK(strcmp(err.message, "Postmark request failed with HTTP status 401: (10)") == 0);
	CHECK(strcmp(err.provider_code, "10") == 0 && err.provider_message[0] == '\0');
	/* Fields of an earlier error do not linger; a plain-text body loses its line breaks. */
	CHECK(!parse(403, "Forbidden\r\n", &err));
	CHECK(strcmp(err.message, "Postmark request failed with HTTP status 403: 'Forbidden'") == 0);
	CHECK(err.provider_code[0] == '\0' && !err.provider_code_is_int);
	/* A long page is cut. */
	{
		char page[300];
		memset(page, 'a', sizeof(page) - 1);
		page[sizeof(page) - 1] = '\0';
		CHECK(!parse(404, page, &err));
		CHECK(strlen(err.message) < 200 && strstr(err.message, "'...") != NULL);
	}
}

static void test_batch_response(void)
{
	mm_postmark_batch_result results[3];
	mm_error err;
	const char* body = "[{\"ErrorCode\":0,\"Message\":\"OK\",\"MessageID\":\"id-1\",\"To\":\"a@example.org\"},"
	                   "{\"ErrorCode\":406,\"Message\":\"Inactive recipient\"},"
	                   "{\"ErrorCode\":0,\"Message\":\"OK\",\"MessageID\":\"id-3\"}]";

	mm_error_clear(&err);
	CHECK(mm_postmark_parse_batch_response(200, body, strlen(body), results, 3, &err));
	CHECK(results[0].error.domain == MM_ERROR_NONE && strcmp(results[0].message_id, "id-1") == 0);
	CHECK(results[1].error.domain == MM_ERROR_PROVIDER && results[1].message_id[0] == '\0');
	CHECK(strcmp(results[1].error.message, "Received error from Postmark: (406) Inactive recipient") == 0);
	CHECK(strcmp(results[1].error.provider_code, "406") == 0);
	CHECK(results[2].error.domain == MM_ERROR_NONE && strcmp(results[2].message_id, "id-3") == 0);

	CHECK(!mm_postmark_parse_batch_response(200, body, strlen(body), results, 2, &err));
	CHECK(strcmp(err.message,
	          "Expected one result per message from Postmark: 2 messages sent, 3 results "
	          "received") == 0);
	body = "[1]";
	CHECK(mm_postmark_parse_batch_response(200, body, strlen(body), results, 1, &err));
	CHECK(results[0].error.domain == MM_ERROR_PROVIDER);
	body = "{\"ErrorCode\":10,\"Message\":\"Bad token\"}";
	mm_error_clear(&err);
	CHECK(!mm_postmark_parse_batch_response(401, body, strlen(body), results, 1, &err));
	CHECK(err.status == 401 && strcmp(err.provider_code, "10") == 0);
	CHECK(!mm_postmark_parse_batch_response(200, "nope", 4, results, 1, &err));
}

int main(void)
{
	test_full_message();
	test_absent_and_empty();
	test_rejections();
	test_limits();
	test_batch();
	test_response();
	test_batch_response();
	CHECK(mm_alloc_live() == 0);
	return check_summary("postmark");
}
