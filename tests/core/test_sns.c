/* SNS Publish: the exact form body, the signature (checked by an
 * independent computation), the rejections and the response branches. */
#include <stdlib.h>

#include "aws_check.h"
#include "check.h"
#include "provider_sns.h"

#define S(lit) ((mm_str){ (lit), sizeof(lit) - 1 })
#define NONE ((mm_str){ NULL, 0 })
#define SECRET "sns-secret/KEY+0"

static mm_aws_config config(void)
{
	mm_aws_config c;
	memset(&c, 0, sizeof(c));
	c.endpoint = S("sns.us-east-1.amazonaws.com");
	c.region = S("us-east-1");
	c.access_key = S("AKIDSNS");
	c.secret_key = S(SECRET);
	c.timestamp = "20240102T030405Z";
	return c;
}

static void test_request(void)
{
	mm_aws_config c = config();
	mm_sms sms = { S("+442071838750"), S("Build 42: caf\xC3\xA9 & 100% ~ok") };
	mm_http_request req;
	mm_error err;
	char auth[512];

	mm_error_clear(&err);
	CHECK(mm_sns_build(&c, &sms, &req, &err));
	CHECK(strcmp(req.method, "POST") == 0);
	CHECK(strcmp(req.url, "https://sns.us-east-1.amazonaws.com/") == 0);
	CHECK(req.header_count == 3);
	CHECK(strcmp(req.headers[0], "X-Amz-Date: 20240102T030405Z") == 0);
	CHECK(strcmp(req.headers[2], "Content-Type: application/x-www-form-urlencoded") == 0);
	CHECK_BYTES(req.body.data, req.body.len,
	    "Action=Publish&Version=2010-03-31&PhoneNumber=%2B442071838750&Message=Build%2042%3A%20caf%C3%A9%20%26%20100%25%20~ok");
	aws_expected_authorization(
	    &req, "sns.us-east-1.amazonaws.com", "/", "AKIDSNS", SECRET, "us-east-1", "sns", auth, sizeof(auth));
	CHECK(strcmp(aws_header(&req, "Authorization"), auth) == 0);
	mm_http_request_free(&req);

	c.session_token = S("tok");
	CHECK(mm_sns_build(&c, &sms, &req, &err));
	CHECK(strcmp(aws_header(&req, "X-Amz-Security-Token"), "tok") == 0);
	aws_expected_authorization(
	    &req, "sns.us-east-1.amazonaws.com", "/", "AKIDSNS", SECRET, "us-east-1", "sns", auth, sizeof(auth));
	CHECK(strcmp(aws_header(&req, "Authorization"), auth) == 0);
	mm_http_request_free(&req);
}

static void expect_refusal(const mm_aws_config* c, const mm_sms* sms, const char* want, int line)
{
	mm_http_request req;
	mm_error err;

	mm_error_clear(&err);
	CHECK(!mm_sns_build(c, sms, &req, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(req.url == NULL && req.header_count == 0 && req.body.len == 0);
	CHECK(strstr(err.message, SECRET) == NULL);
	if (!strstr(err.message, want)) {
		CHECK(!"message");
		fprintf(stderr, "  line %d: got [%s], want [%s]\n", line, err.message, want);
	}
}

static void test_refusals(void)
{
	mm_aws_config c = config();
	mm_sms sms = { S("+14155550100"), S("hi") };
	char text[MM_SNS_MAX_SMS_BYTES + 1];

	sms.to_e164 = NONE;
	expect_refusal(&c, &sms, "no recipient number", __LINE__);
	sms.to_e164 = S("14155550100");
	expect_refusal(&c, &sms, "must be E.164", __LINE__);
	sms.to_e164 = S("+0123456789");
	expect_refusal(&c, &sms, "must be E.164", __LINE__);
	sms.to_e164 = S("+1415555010\n");
	expect_refusal(&c, &sms, "'+1415555010\\n' given", __LINE__);
	sms.to_e164 = S("+14155550100");
	sms.text_body = NONE;
	expect_refusal(&c, &sms, "SMS text body must not be empty", __LINE__);
	sms.text_body = S("\xC3");
	expect_refusal(&c, &sms, "not valid UTF-8", __LINE__);
	memset(text, 'x', sizeof(text));
	sms.text_body = (mm_str){ text, sizeof(text) };
	expect_refusal(&c, &sms, "1601 bytes; Amazon SNS accepts at most 1600", __LINE__);
	sms.text_body = S("hi");
	c.secret_key = NONE;
	expect_refusal(&c, &sms, "Amazon SNS secret-key must not be empty", __LINE__);
	c = config();
	c.access_key = S("AKID WITH SPACE");
	expect_refusal(&c, &sms, "AWS access key contains a character that is not allowed", __LINE__);
}

static void test_responses(void)
{
	mm_error err;
	const char* ok = "<?xml version=\"1.0\"?><PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
	                 "<PublishResult><MessageId>567910cd-659e</MessageId></PublishResult></PublishResponse>";
	const char* invalid = "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid "
	                      "parameter: PhoneNumber Reason: +1 is not valid</Message></Error></ErrorResponse>";
	const char* denied = "<ErrorResponse><Error><Code>AuthorizationError</Code><Message>User &quot;x&quot; is not "
	                     "authorized</Message></Error></ErrorResponse>";

	mm_error_clear(&err);
	CHECK(mm_sns_parse_response(200, ok, strlen(ok), &err));
	CHECK(!mm_sns_parse_response(400, invalid, strlen(invalid), &err));
	CHECK(strcmp(err.provider_code, "InvalidParameter") == 0 && err.code == MM_PROVIDER_BY_HTTP_STATUS);
	CHECK(!mm_sns_parse_response(403, denied, strlen(denied), &err));
	CHECK(strcmp(err.message,
	          "Amazon SNS request failed with HTTP status 403: (AuthorizationError) User \"x\" is "
	          "not authorized") == 0);
	/* A 200 that is not XML is a failure, as in the original. */
	CHECK(!mm_sns_parse_response(200, "OK", 2, &err));
	CHECK(strcmp(err.message, "Amazon SNS request failed with HTTP status 200: 'OK'") == 0);
	/* An error body that is not well-formed is quoted, not half-read. */
	CHECK(!mm_sns_parse_response(500, "<Error><Code>X</Code>", 21, &err));
	CHECK(err.provider_code[0] == '\0');
}

int main(void)
{
	test_request();
	test_refusals();
	test_responses();
	return check_summary("sns");
}
