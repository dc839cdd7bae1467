/* Mailgun: the request builder (message in, HTTP request out) and the
 * response reader, spec/adapters.md §4.2. Differences from the original:
 * the v3 endpoint (the original posts to /v2/, which Mailgun still serves);
 * always multipart/form-data, written by us, so several attachments work
 * (the original allowed one) and a value starting with '@' is plain text
 * (the original threw before sending); repeated custom headers are sent as
 * repeated h:<Name> fields instead of the last one winning (Mailgun accepts
 * repeats; so a custom header named reply-to no longer replaces
 * h:reply-to either, both are sent); the domain is validated instead of
 * being pasted into the path; a port in the base URI works. */
#ifndef MM_PROVIDER_MAILGUN_H
#define MM_PROVIDER_MAILGUN_H

#include <stdbool.h>
#include <stddef.h>

#include "http_request.h"
#include "message.h"
#include "mm_error.h"

#define MM_MAILGUN_DEFAULT_BASE_URI "https://api.mailgun.net"
#define MM_MAILGUN_EU_BASE_URI "https://api.eu.mailgun.net"
/* Mailgun's documented limits: 25 MB per message, 1000 recipients. */
#define MM_MAILGUN_MAX_MESSAGE_BYTES ((size_t)25 * 1024 * 1024)
#define MM_MAILGUN_MAX_RECIPIENTS 1000

typedef struct {
	mm_str base_uri; /* absent: MM_MAILGUN_DEFAULT_BASE_URI; checked by mm_base_uri_parse */
	mm_str api_key;  /* secret: never in a message */
	mm_str domain;   /* the sending domain, e.g. "mg.example.com" */
} mm_mailgun_config;

/* A sending domain: 1-253 letters, digits, '-' and '.', no empty label
 * (so no "..", no leading or trailing '.'). It becomes a path segment. */
bool mm_mailgun_check_domain(const char* domain, size_t len, mm_error* err);

/* Builds POST {base}/v3/{domain}/messages with HTTP Basic "api:<key>",
 * Accept: application/json and a multipart body: subject, from, to, cc,
 * h:reply-to, h:<Name> per header, text, html, one `attachment` file part
 * per attachment. The message passes mm_provider_check_email and has at
 * least one To (Mailgun's required fields); at most
 * MM_MAILGUN_MAX_RECIPIENTS To + Cc; subject, bodies,
 * header values and attachments at most MM_MAILGUN_MAX_MESSAGE_BYTES
 * together. req must be initialized; on failure it is left empty. */
bool mm_mailgun_build(const mm_mailgun_config* config, const mm_email* email, mm_http_request* req, mm_error* err);

/* What the response check needs from the body. */
typedef struct {
	bool is_json_object;
	bool has_id;      /* a non-empty string `id` */
	bool has_message; /* a string `message`; control characters become spaces */
	char message[MM_ERROR_MESSAGE_MAX];
} mm_mailgun_response_fields;

/* Fills fields from a response body with json_read (strict RFC 8259, as
 * PHP's json_decode): a top-level string `id` and `message`. */
void mm_mailgun_read_response_fields(const char* body, size_t len, mm_mailgun_response_fields* fields);

/* 2xx with an `id` is success. A non-2xx answer is a MM_ERROR_PROVIDER
 * error worded by mm_provider_fail_status, with Mailgun's `message` (or an
 * excerpt of the body, as for 401 "Forbidden"); a 2xx without a JSON
 * object or without an id is one too, keeping `message` when there is one. */
bool mm_mailgun_check_response(
    long status, const mm_mailgun_response_fields* fields, const char* body, size_t len, mm_error* err);

/* Read + check in one call. */
bool mm_mailgun_parse_response(long status, const char* body, size_t len, mm_error* err);

#endif
