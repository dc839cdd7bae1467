#include "provider_twilio.h"

#include <stdio.h>
#include <string.h>

#include "form.h"
#include "http_basic_auth.h"
#include "json_read.h"
#include "provider_common.h"
#include "text.h"

static const char provider[] = "Twilio";

bool mm_twilio_check_account_sid(const char* sid, size_t len, mm_error* err)
{
	char quoted[160];
	size_t i;
	bool ok = len == 34 && sid[0] == 'A' && sid[1] == 'C';

	for (i = 2; ok && i < len; i++) {
		ok = mm_text_hex_value(sid[i]) >= 0;
	}
	if (ok) {
		return true;
	}
	mm_quote(quoted, sizeof(quoted), sid, len);
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
	    "Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, %s given", quoted);
}

/* E.164 as PhoneNumber renders it: '+', then 10 to 15 digits, no leading 0. */
static bool check_e164(const char* what, mm_str number, mm_error* err)
{
	char quoted[160];
	size_t i;
	bool ok;

	if (!MM_STR_PRESENT(number)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "Twilio %s is missing", what);
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
	    "Twilio %s must be E.164 ('+' and 10 to 15 digits), %s given", what, quoted);
}

static bool check_body(mm_str body, mm_error* err)
{
	size_t i, chars = 0;

	if (!MM_STR_PRESENT(body) || body.len == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "SMS text body must not be empty");
	}
	if (!mm_text_is_utf8(body.ptr, body.len)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "SMS text body is not valid UTF-8");
	}
	/* Count code points: every byte that is not a UTF-8 continuation byte. */
	for (i = 0; i < body.len; i++) {
		if (((unsigned char)body.ptr[i] & 0xC0) != 0x80) {
			chars++;
		}
	}
	if (chars > MM_TWILIO_MAX_BODY_CHARS) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "SMS text body has %zu characters; Twilio accepts at most %d", chars, MM_TWILIO_MAX_BODY_CHARS);
	}
	return true;
}

bool mm_twilio_build(const mm_twilio_config* config, const mm_sms* sms, mm_http_request* req, mm_error* err)
{
	mm_buf path;
	bool ok;

	mm_buf_init(&path);
	ok = mm_twilio_check_account_sid(mm_provider_str_bytes(config->account_sid), config->account_sid.len, err) &&
	    mm_provider_check_secret(provider, "auth-token", config->auth_token, err) &&
	    check_e164("from-number", config->from_number, err) && check_e164("to-number", sms->to_e164, err) &&
	    check_body(sms->text_body, err);
	if (ok) {
		/* The SID was just checked: "AC" and hex digits, one safe segment. */
		mm_buf_appendf(&path, "/2010-04-01/Accounts/%.*s/Messages.json", (int)config->account_sid.len,
		    config->account_sid.ptr);
		mm_form_append_pair(&req->body, "From", 4, config->from_number.ptr, config->from_number.len);
		mm_form_append_pair(&req->body, "To", 2, sms->to_e164.ptr, sms->to_e164.len);
		mm_form_append_pair(&req->body, "Body", 4, sms->text_body.ptr, sms->text_body.len);
		ok = !(path.failed || req->body.failed) || mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	ok = ok && mm_provider_set_url(req, config->base_uri, MM_TWILIO_DEFAULT_BASE_URI, path.data, err) &&
	    mm_http_request_add_basic_auth(req, config->account_sid.ptr, config->account_sid.len,
	        config->auth_token.ptr, config->auth_token.len, err) &&
	    mm_http_request_add_header(req, "Accept", "application/json", 16, err) &&
	    mm_http_request_add_header(req, "Content-Type", "application/x-www-form-urlencoded", 33, err);
	if (ok) {
		req->method = "POST";
	} else {
		mm_http_request_free(req);
	}
	mm_buf_free(&path);
	return ok;
}

void mm_twilio_read_response_fields(const char* body, size_t len, mm_twilio_response_fields* fields)
{
	mm_json_doc* doc = mm_json_parse(body, len, NULL);
	const mm_json_value* root = mm_json_root(doc);
	const mm_json_value* code = mm_json_get(root, "code");
	const char* s;
	size_t n;
	long long number;

	memset(fields, 0, sizeof(*fields));
	fields->is_json_object = mm_json_type_of(root) == MM_JSON_OBJECT;
	/* Only an integer that fits: ext/ hands it to PHP as an int. */
	if (mm_json_get_int(code, &number) && mm_json_get_number_text(code, &s, &n) && n < sizeof(fields->code)) {
		fields->has_code = true;
		memcpy(fields->code, s, n);
		fields->code[n] = '\0';
	}
	if (mm_json_get_string(mm_json_get(root, "message"), &s, &n)) {
		fields->has_message = true;
		mm_provider_copy_text(fields->message, sizeof(fields->message), s, n);
	}
	mm_json_free(doc);
}

bool mm_twilio_check_response(
    long status, const mm_twilio_response_fields* fields, const char* body, size_t len, mm_error* err)
{
	mm_error reported;

	if (mm_provider_status_ok(status)) {
		return true;
	}
	mm_error_clear(&reported);
	if (fields->has_code) {
		reported.provider_code_is_int = true;
		memcpy(reported.provider_code, fields->code, sizeof(fields->code));
	}
	if (fields->has_message) {
		memcpy(reported.provider_message, fields->message, sizeof(fields->message));
	}
	return mm_provider_fail_status(provider, status, &reported, body, len, err);
}

bool mm_twilio_parse_response(long status, const char* body, size_t len, mm_error* err)
{
	mm_twilio_response_fields fields;

	mm_twilio_read_response_fields(body, len, &fields);
	return mm_twilio_check_response(status, &fields, body, len, err);
}
