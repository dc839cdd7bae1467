/* Twilio SMS: the request builder and the response reader,
 * spec/adapters.md §4.6. Differences from the original: the account SID,
 * both numbers and the body are checked before anything is sent (the
 * original sent a null body as "" and let Twilio refuse it), and a non-2xx
 * answer keeps Twilio's `code` and `message` as structured fields. */
#ifndef MM_PROVIDER_TWILIO_H
#define MM_PROVIDER_TWILIO_H

#include <stdbool.h>
#include <stddef.h>

#include "http_request.h"
#include "message.h"
#include "mm_error.h"

#define MM_TWILIO_DEFAULT_BASE_URI "https://api.twilio.com"
/* Twilio's limit for one message body, in characters. */
#define MM_TWILIO_MAX_BODY_CHARS 1600

typedef struct {
	mm_str base_uri;    /* absent: MM_TWILIO_DEFAULT_BASE_URI; checked by mm_base_uri_parse */
	mm_str account_sid; /* "AC" + 32 hex digits; part of the URL, not secret */
	mm_str auth_token;  /* secret: never in a message */
	mm_str from_number; /* E.164, as PhoneNumber::toE164() gives it */
} mm_twilio_config;

/* "AC" followed by exactly 32 hexadecimal digits. */
bool mm_twilio_check_account_sid(const char* sid, size_t len, mm_error* err);

/* Builds POST {base}/2010-04-01/Accounts/{sid}/Messages.json with HTTP
 * Basic sid:token, Accept: application/json and the form body
 * From=...&To=...&Body=... (RFC 3986 escaping). Both numbers must be '+'
 * and 10-15 digits (no leading 0); the body must be present, non-empty,
 * valid UTF-8 and at most MM_TWILIO_MAX_BODY_CHARS code points.
 * req must be initialized; on failure it is left empty. */
bool mm_twilio_build(const mm_twilio_config* config, const mm_sms* sms, mm_http_request* req, mm_error* err);

/* What the response check needs from the body. */
typedef struct {
	bool is_json_object;
	bool has_code; /* an integer `code` */
	char code[MM_ERROR_PROVIDER_CODE_MAX];
	bool has_message; /* a string `message`; control characters become spaces */
	char message[MM_ERROR_MESSAGE_MAX];
} mm_twilio_response_fields;

/* Fills fields from a response body with json_read (strict RFC 8259, as
 * PHP's json_decode): a top-level integer `code` and string `message`. */
void mm_twilio_read_response_fields(const char* body, size_t len, mm_twilio_response_fields* fields);

/* 2xx is success; anything else a MM_ERROR_PROVIDER error worded by
 * mm_provider_fail_status: Twilio's `code` (integer) and `message` when it
 * sent JSON, else an excerpt of the body. */
bool mm_twilio_check_response(
    long status, const mm_twilio_response_fields* fields, const char* body, size_t len, mm_error* err);

/* Read + check in one call. */
bool mm_twilio_parse_response(long status, const char* body, size_t len, mm_error* err);

#endif
