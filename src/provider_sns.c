#include "provider_sns.h"

#include "form.h"
#include "provider_common.h"
#include "text.h"

static const char provider[] = "Amazon SNS";

/* E.164 as PhoneNumber renders it: '+', then 10 to 15 digits, no leading 0. */
static bool check_number(mm_str number, mm_error* err)
{
	char quoted[160];
	size_t i;
	bool ok;

	if (!MM_STR_PRESENT(number)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "The SMS message has no recipient number");
	}
	ok = number.len >= 11 && number.len <= 16 && number.ptr[0] == '+' && number.ptr[1] != '0';
	for (i = 1; ok && i < number.len; i++) {
		ok = number.ptr[i] >= '0' && number.ptr[i] <= '9';
	}
	if (ok) {
		return true;
	}
	mm_quote(quoted, sizeof(quoted), number.ptr, number.len);
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
	    "Amazon SNS phone number must be E.164 ('+' and 10 to 15 digits), %s given", quoted);
}

static bool check_text(mm_str text, mm_error* err)
{
	if (!MM_STR_PRESENT(text) || text.len == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "SMS text body must not be empty");
	}
	if (!mm_text_is_utf8(text.ptr, text.len)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "SMS text body is not valid UTF-8");
	}
	if (text.len > MM_SNS_MAX_SMS_BYTES) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "SMS text body has %zu bytes; Amazon SNS accepts at most %d", text.len, MM_SNS_MAX_SMS_BYTES);
	}
	return true;
}

bool mm_sns_build(const mm_aws_config* config, const mm_sms* sms, mm_http_request* req, mm_error* err)
{
	mm_http_request_init(req);
	if (!check_number(sms->to_e164, err) || !check_text(sms->text_body, err)) {
		return false;
	}
	mm_form_append_pair(&req->body, "Action", 6, "Publish", 7);
	mm_form_append_pair(&req->body, "Version", 7, "2010-03-31", 10);
	mm_form_append_pair(&req->body, "PhoneNumber", 11, sms->to_e164.ptr, sms->to_e164.len);
	mm_form_append_pair(&req->body, "Message", 7, sms->text_body.ptr, sms->text_body.len);
	if (req->body.failed) {
		mm_http_request_free(req);
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	return mm_aws_finish_request(provider, "sns", config, req, err);
}

bool mm_sns_parse_response(long status, const char* body, size_t len, mm_error* err)
{
	return mm_aws_parse_response(provider, status, body, len, NULL, 0, err);
}
