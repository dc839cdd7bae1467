/* Twilio: the built request (exact URL, headers and form body), the
 * rejections, and every response branch. */
#include <stdlib.h>

#include "base64.h"
#include "check.h"
#include "mm_alloc.h"
#include "provider_twilio.h"

#define S(lit) ((mm_str){ (lit), sizeof(lit) - 1 })
#define NONE ((mm_str){ NULL, 0 })
#define SID "AC0123456789abcdef0123456789ABCDEF"
#define TOKEN "tok-secret-42"

static void test_request(void)
{
	mm_twilio_config config = { NONE, S(SID), S(TOKEN), S("+15551234567") };
	mm_sms sms = { S("+442071838750"), S("Hello & welcome, caf\xC3\xA9 100% +1 ~ok") };
	mm_http_request req;
	mm_error err;
	mm_buf auth;

	mm_http_request_init(&req);
	mm_error_clear(&err);
	CHECK(mm_twilio_build(&config, &sms, &req, &err));
	CHECK(strcmp(req.method, "POST") == 0);
	CHECK(strcmp(req.url, "https://api.twilio.com/2010-04-01/Accounts/" SID "/Messages.json") == 0);
	CHECK(req.header_count == 3);
	mm_buf_init(&auth);
	mm_buf_append_str(&auth, "Authorization: Basic ");
	mm_base64_append(&auth, SID ":" TOKEN, strlen(SID ":" TOKEN), 0);
	CHECK(strcmp(req.headers[0], auth.data) == 0);
	mm_buf_free(&auth);
	CHECK(strcmp(req.headers[1], "Accept: application/json") == 0);
	CHECK(strcmp(req.headers[2], "Content-Type: application/x-www-form-urlencoded") == 0);
	CHECK_BYTES(req.body.data, req.body.len,
	    "From=%2B15551234567&To=%2B442071838750&Body=Hello%20%26%20welcome%2C%20caf%C3%A9%20100%25%20%2B1%20~ok");
	mm_http_request_free(&req);

	/* A loopback mock with a prefix. */
	config.base_uri = S("http://localhost:9000/twilio/");
	CHECK(mm_twilio_build(&config, &sms, &req, &err));
	CHECK(strcmp(req.url, "http://localhost:9000/twilio/2010-04-01/Accounts/" SID "/Messages.json") == 0);
	mm_http_request_free(&req);
}

static void expect_refusal(const mm_twilio_config* config, const mm_sms* sms, const char* want, int line)
{
	mm_http_request req;
	mm_error err;

	mm_http_request_init(&req);
	mm_error_clear(&err);
	CHECK(!mm_twilio_build(config, sms, &req, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(req.url == NULL && req.header_count == 0 && req.body.len == 0);
	CHECK(strstr(err.message, TOKEN) == NULL);
	if (!strstr(err.message, want)) {
		CHECK(!"message");
		fprintf(stderr, "  line %d: got [%s], want [%s]\n", line, err.message, want);
	}
	mm_http_request_free(&req);
}

#define REFUSE(config, sms, want) expect_refusal((config), (sms), (want), __LINE__)

static void test_rejections(void)
{
	mm_twilio_config config = { NONE, S(SID), S(TOKEN), S("+15551234567") };
	mm_sms sms = { S("+15557654321"), S("hi") };
	char* long_body;
	size_t i;

	config.account_sid = S("AC0123");
	REFUSE(&config, &sms, "Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'AC0123' given");
	config.account_sid = S("XX0123456789abcdef0123456789abcdef");
	REFUSE(&config, &sms, "account-sid");
	config.account_sid = S("AC0123456789abcdef0123456789abcdeg");
	REFUSE(&config, &sms, "account-sid");
	config.account_sid = S("AC0123456789abcdef0123456789abcde/");
	REFUSE(&config, &sms, "account-sid");
	config.account_sid = S("AC0123456789abcdef0123456789abcdef0");
	REFUSE(&config, &sms, "account-sid");
	config.account_sid = NONE;
	REFUSE(&config, &sms, "account-sid");
	config.account_sid = S(SID);

	config.auth_token = S("");
	REFUSE(&config, &sms, "Twilio auth-token must not be empty");
	config.auth_token = NONE;
	REFUSE(&config, &sms, "Twilio auth-token must not be empty");
	config.auth_token = S(TOKEN "\r\n");
	REFUSE(&config, &sms, "Twilio auth-token must not contain CR, LF or NUL");
	config.auth_token = S(TOKEN);

	config.from_number = NONE;
	REFUSE(&config, &sms, "Twilio from-number is missing");
	config.from_number = S("5551234567");
	REFUSE(&config, &sms, "Twilio from-number must be E.164 ('+' and 10 to 15 digits), '5551234567' given");
	config.from_number = S("+555123456");
	REFUSE(&config, &sms, "from-number must be E.164");
	config.from_number = S("+1555123456789012");
	REFUSE(&config, &sms, "from-number must be E.164");
	config.from_number = S("+0555123456");
	REFUSE(&config, &sms, "from-number must be E.164");
	config.from_number = S("+1 555 123 4567");
	REFUSE(&config, &sms, "from-number must be E.164");
	config.from_number = S("+15551234567");

	sms.to_e164 = NONE;
	REFUSE(&config, &sms, "Twilio to-number is missing");
	sms.to_e164 = S("+1555\n1234567");
	REFUSE(&config, &sms, "to-number must be E.164 ('+' and 10 to 15 digits), '+1555\\n1234567' given");
	sms.to_e164 = S("+155512345678901");
	{
		/* 15 digits is the longest accepted. */
		mm_http_request req;
		mm_error err;
		mm_http_request_init(&req);
		CHECK(mm_twilio_build(&config, &sms, &req, &err));
		mm_http_request_free(&req);
	}
	sms.to_e164 = S("+15557654321");

	sms.text_body = NONE;
	REFUSE(&config, &sms, "SMS text body must not be empty");
	sms.text_body = S("");
	REFUSE(&config, &sms, "SMS text body must not be empty");
	sms.text_body = S("caf\xC3");
	REFUSE(&config, &sms, "SMS text body is not valid UTF-8");

	/* 1600 characters pass (counted as code points, not bytes); 1601 do not. */
	long_body = malloc(1601 * 2);
	for (i = 0; i < 1601; i++) {
		long_body[2 * i] = (char)0xC3;
		long_body[2 * i + 1] = (char)0xA9;
	}
	sms.text_body.ptr = long_body;
	sms.text_body.len = 1600 * 2;
	{
		mm_http_request req;
		mm_error err;
		mm_http_request_init(&req);
		CHECK(mm_twilio_build(&config, &sms, &req, &err));
		mm_http_request_free(&req);
	}
	sms.text_body.len = 1601 * 2;
	REFUSE(&config, &sms, "SMS text body has 1601 characters; Twilio accepts at most 1600");
	free(long_body);
	sms.text_body = S("hi");

	config.base_uri = S("https://user:" TOKEN "@api.twilio.com");
	REFUSE(&config, &sms, "user-info");
	config.base_uri = S("http://api.twilio.com");
	REFUSE(&config, &sms, "only for a loopback host");
}

static void expect_error(long status, const char* body, const char* want_message, const char* want_code,
    const char* want_provider_message, int line)
{
	mm_error err;

	mm_error_clear(&err);
	CHECK(!mm_twilio_parse_response(status, body, strlen(body), &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_BY_HTTP_STATUS && err.status == status);
	CHECK(err.provider_code_is_int == (want_code[0] != '\0'));
	if (strcmp(err.message, want_message) != 0 || strcmp(err.provider_code, want_code) != 0 ||
	    strcmp(err.provider_message, want_provider_message) != 0) {
		CHECK(!"response error");
		fprintf(stderr, "  line %d: got [%s] [%s] [%s]\n", line, err.message, err.provider_code,
		    err.provider_message);
	}
}

#define ERROR_CASE(status, body, msg, code, pmsg) expect_error((status), (body), (msg), (code), (pmsg), __LINE__)

static void test_responses(void)
{
	mm_error err;
	const char* queued = "{\"sid\":\"SM1\",\"status\":\"queued\",\"error_code\":null}";

	mm_error_clear(&err);
	CHECK(mm_twilio_parse_response(201, queued, strlen(queued), &err));
	CHECK(mm_twilio_parse_response(200, "", 0, &err));
	CHECK(!mm_error_is_set(&err));

	ERROR_CASE(400,
	    "{\"code\": 21211, \"message\": \"The 'To' number +1555 is not a valid phone number.\", \"more_info\": "
	    "\"https://www.twilio.com/docs/errors/21211\", \"status\": 400}",
	    "Twilio request failed with HTTP status 400: (21211) The 'To' number +1555 is not a valid phone number.",
	    "21211", "The 'To' number +1555 is not a valid phone number.");
	ERROR_CASE(401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}",
	    "Twilio request failed with HTTP status 401: (20003) Authenticate", "20003", "Authenticate");
	/* Only an integer code is kept. */
	ERROR_CASE(
	    400, "{\"code\":\"21211\",\"message\":\"m\"}", "Twilio request failed with HTTP status 400: m", "", "m");
	ERROR_CASE(400, "{\"code\":1.5}", "Twilio request failed with HTTP status 400: '{\"code\":1.5}'", "", "");
	ERROR_CASE(400, "{\"code\":99999999999999999999}",
	    "Twilio request failed with HTTP status 400: '{\"code\":99999999999999999999}'", "", "");
	ERROR_CASE(429, "{\"code\":20429,\"message\":null}", "Twilio request failed with HTTP status 429: (20429)",
	    "20429", "");
	/* Control characters from the provider become spaces. */
	ERROR_CASE(400, "{\"code\":21602,\"message\":\"Body\\r\\nrequired\"}",
	    "Twilio request failed with HTTP status 400: (21602) Body  required", "21602", "Body  required");
	/* Not JSON: a quoted excerpt, as for every provider. */
	ERROR_CASE(502, "<html>Bad Gateway</html>\n",
	    "Twilio request failed with HTTP status 502: '<html>Bad Gateway</html>'", "", "");
	ERROR_CASE(503, "{\"code\":123", "Twilio request failed with HTTP status 503: '{\"code\":123'", "", "");
	ERROR_CASE(0, "", "Twilio request failed with HTTP status 0 and an empty body", "", "");
}

int main(void)
{
	test_request();
	test_rejections();
	test_responses();
	CHECK(mm_alloc_live() == 0);
	return check_summary("twilio");
}
