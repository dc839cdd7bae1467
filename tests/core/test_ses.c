/* SES SendRawEmail: the exact form body, the signature (checked by an
 * independent computation), the session token, the size limit, the
 * rejections and every response branch. */
#include <stdlib.h>

#include "aws_check.h"
#include "base64.h"
#include "check.h"
#include "mime.h"
#include "provider_ses.h"

#define S(lit) ((mm_str){ (lit), sizeof(lit) - 1 })
#define NONE ((mm_str){ NULL, 0 })
#define SECRET "spec/secret+key/0000"
#define TS "20240102T030405Z"
#define PREFIX "Action=SendRawEmail&Version=2010-12-01&RawMessage.Data="

static mm_address from = { S("Sender"), S("sender"), S("example.com") };
static mm_address to = { NONE, S("to"), S("example.com") };

static mm_email simple_email(void)
{
	mm_email e;
	memset(&e, 0, sizeof(e));
	e.from = &from;
	e.to = &to;
	e.to_count = 1;
	e.subject = S("Hello");
	e.text_body = S("Body text");
	return e;
}

static mm_aws_config config(void)
{
	mm_aws_config c;
	memset(&c, 0, sizeof(c));
	c.endpoint = S("email.eu-west-1.amazonaws.com");
	c.region = S("eu-west-1");
	c.access_key = S("AKIDSPECEXAMPLE");
	c.secret_key = S(SECRET);
	c.timestamp = TS;
	return c;
}

/* The base64 in the body, unescaped and decoded, is the MIME writer's message. */
static void check_raw_message(const mm_http_request* req, const mm_email* email)
{
	mm_buf want, b64, raw;
	mm_mime_options opts;
	mm_error err;
	size_t i;
	const char* data = req->body.data + strlen(PREFIX);
	size_t len = req->body.len - strlen(PREFIX);

	mm_buf_init(&want);
	mm_buf_init(&b64);
	mm_buf_init(&raw);
	mm_mime_options_init(&opts);
	opts.date = 1700000000;
	CHECK(mm_mime_write_message(email, &opts, &want, &err));
	CHECK(strstr(want.data, "Message-ID") == NULL);
	for (i = 0; i < len; i++) {
		if (data[i] == '%') {
			CHECK(i + 2 < len);
			mm_buf_append_char(&b64,
			    strncmp(data + i, "%2B", 3) == 0     ? '+' :
			        strncmp(data + i, "%2F", 3) == 0 ? '/' :
			                                           '=');
			i += 2;
		} else {
			mm_buf_append_char(&b64, data[i]);
		}
	}
	CHECK(mm_base64_decode(&raw, b64.data, b64.len));
	CHECK_BYTES(raw.data, raw.len, want.data);
	mm_buf_free(&want);
	mm_buf_free(&b64);
	mm_buf_free(&raw);
}

static void test_request(void)
{
	mm_aws_config c = config();
	mm_email e = simple_email();
	mm_http_request req;
	mm_error err;
	char auth[512];

	mm_error_clear(&err);
	CHECK(mm_ses_build(&c, &e, 1700000000, &req, &err));
	CHECK(strcmp(req.method, "POST") == 0);
	CHECK(strcmp(req.url, "https://email.eu-west-1.amazonaws.com/") == 0);
	CHECK(req.header_count == 3);
	CHECK(strcmp(req.headers[0], "X-Amz-Date: " TS) == 0);
	CHECK(strcmp(req.headers[2], "Content-Type: application/x-www-form-urlencoded") == 0);
	CHECK(req.body.len > strlen(PREFIX) && memcmp(req.body.data, PREFIX, strlen(PREFIX)) == 0);
	aws_expected_authorization(&req, "email.eu-west-1.amazonaws.com", "/", "AKIDSPECEXAMPLE", SECRET, "eu-west-1",
	    "ses", auth, sizeof(auth));
	CHECK_BYTES(aws_header(&req, "Authorization"), strlen(aws_header(&req, "Authorization")), auth);
	check_raw_message(&req, &e);
	mm_http_request_free(&req);

	/* A session token is sent and signed; a mock base URI keeps its port in the signed host. */
	c.session_token = S("FQoGZXIvYXdzEXAMPLE/token+=");
	c.base_uri = S("http://127.0.0.1:8443/aws");
	CHECK(mm_ses_build(&c, &e, 1700000000, &req, &err));
	CHECK(strcmp(req.url, "http://127.0.0.1:8443/aws/") == 0);
	CHECK(req.header_count == 4);
	CHECK(strcmp(aws_header(&req, "X-Amz-Security-Token"), "FQoGZXIvYXdzEXAMPLE/token+=") == 0);
	aws_expected_authorization(
	    &req, "127.0.0.1:8443", "/aws/", "AKIDSPECEXAMPLE", SECRET, "eu-west-1", "ses", auth, sizeof(auth));
	CHECK_BYTES(aws_header(&req, "Authorization"), strlen(aws_header(&req, "Authorization")), auth);
	mm_http_request_free(&req);

	/* An empty token means none. */
	c.session_token = S("");
	CHECK(mm_ses_build(&c, &e, 1700000000, &req, &err));
	CHECK(aws_header(&req, "X-Amz-Security-Token") == NULL);
	mm_http_request_free(&req);
}

static void expect_refusal(const mm_aws_config* c, const mm_email* e, const char* want, int line)
{
	mm_http_request req;
	mm_error err;

	mm_error_clear(&err);
	CHECK(!mm_ses_build(c, e, 1700000000, &req, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(req.url == NULL && req.header_count == 0 && req.body.len == 0);
	CHECK(strstr(err.message, SECRET) == NULL && strstr(err.message, "AKIDSPECEXAMPLE") == NULL);
	CHECK(strstr(err.message, "TOKENVALUE") == NULL);
	if (!strstr(err.message, want)) {
		CHECK(!"message");
		fprintf(stderr, "  line %d: got [%s], want [%s]\n", line, err.message, want);
	}
}

static void test_refusals(void)
{
	mm_aws_config c;
	mm_email e = simple_email();
	mm_attachment big = { 0 };
	char* data;
	size_t n = 8u * 1024 * 1024;

	c = config();
	c.secret_key = S("");
	expect_refusal(&c, &e, "Amazon SES secret-key must not be empty", __LINE__);
	c = config();
	c.access_key = NONE;
	expect_refusal(&c, &e, "Amazon SES access-key must not be empty", __LINE__);
	c = config();
	c.session_token = S("TOKENVALUE\r\nX: y");
	expect_refusal(&c, &e, "session-token must not contain CR, LF or NUL", __LINE__);
	c = config();
	c.region = S("EU-WEST-1");
	expect_refusal(&c, &e, "AWS region must be", __LINE__);
	c = config();
	c.endpoint = S("email.example.com/x?y");
	expect_refusal(&c, &e, "AWS endpoint must be a bare host name", __LINE__);
	c = config();
	c.base_uri = S("http://example.com");
	expect_refusal(&c, &e, "http:// only for a loopback host", __LINE__);

	c = config();
	e.from = NULL;
	expect_refusal(&c, &e, "Amazon SES message has no From address", __LINE__);
	e = simple_email();
	e.to_count = 0;
	expect_refusal(&c, &e, "Amazon SES message has no recipients", __LINE__);
	e = simple_email();
	e.subject = S("a\r\nBcc: x@example.com");
	expect_refusal(&c, &e, "Subject", __LINE__);

	/* Refused by the lower bound, without writing the message... */
	data = calloc(1, MM_SES_MAX_RAW_BYTES + 1);
	e = simple_email();
	e.text_body = (mm_str){ data, MM_SES_MAX_RAW_BYTES + 1 };
	expect_refusal(&c, &e, "at least 10485761 bytes before base64", __LINE__);
	/* ...or by the written size: 8 MB of attachment is over 10 MB in base64. */
	e = simple_email();
	big.data = (mm_str){ data, n };
	big.filename = S("a.bin");
	big.mime_type = S("application/octet-stream");
	e.attachments = &big;
	e.attachment_count = 1;
	expect_refusal(&c, &e, "Amazon SES raw message is too large: 11", __LINE__);
	free(data);
}

static void test_responses(void)
{
	mm_error err;
	const char* ok =
	    "<SendRawEmailResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><SendRawEmailResult>"
	    "<MessageId>0100-abc</MessageId></SendRawEmailResult><ResponseMetadata><RequestId>r</RequestId>"
	    "</ResponseMetadata></SendRawEmailResponse>";
	const char* rejected = "<ErrorResponse><Error><Type>Sender</Type><Code>MessageRejected</Code><Message>Email "
	                       "address is not verified.</Message></Error><RequestId>r</RequestId></ErrorResponse>";
	const char* throttled = "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Maximum "
	                        "sending rate exceeded.</Message></Error></ErrorResponse>";

	mm_error_clear(&err);
	CHECK(mm_ses_parse_response(200, ok, strlen(ok), &err));
	CHECK(!mm_ses_parse_response(400, rejected, strlen(rejected), &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_BY_HTTP_STATUS && err.status == 400);
	CHECK(strcmp(err.provider_code, "MessageRejected") == 0 && !err.provider_code_is_int);
	CHECK(strcmp(err.provider_message, "Email address is not verified.") == 0);
	CHECK(strcmp(err.message,
	          "Amazon SES request failed with HTTP status 400: (MessageRejected) Email address is not verified.") ==
	    0);
	CHECK(!mm_ses_parse_response(400, throttled, strlen(throttled), &err));
	CHECK(err.code == MM_PROVIDER_TRANSIENT && strcmp(err.provider_code, "Throttling") == 0);
	CHECK(!mm_ses_parse_response(503, "Service Unavailable\n", 20, &err));
	CHECK(strcmp(err.message, "Amazon SES request failed with HTTP status 503: 'Service Unavailable'") == 0);
	CHECK(err.provider_code[0] == '\0');
	CHECK(!mm_ses_parse_response(200, "<a/>", 4, &err));
	CHECK(strcmp(err.message, "Amazon SES answered HTTP status 200 without a MessageId") == 0);
	CHECK(!mm_ses_parse_response(200, "", 0, &err));
	CHECK(!mm_ses_parse_response(200, ok, strlen(ok) - 1, &err)); /* truncated */
}

int main(void)
{
	test_request();
	test_refusals();
	test_responses();
	return check_summary("ses");
}
