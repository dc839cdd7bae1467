/* SendGrid v3 Mail Send (spec/adapters.md §4.3): the JSON request and the
 * reading of SendGrid's answer. Pure functions. */
#ifndef MM_PROVIDER_SENDGRID_H
#define MM_PROVIDER_SENDGRID_H

#include <stdbool.h>
#include <stddef.h>

#include "http_request.h"
#include "message.h"
#include "mm_error.h"

/* SendGrid's documented limits, checked before anything is sent. */
#define MM_SENDGRID_MAX_RECIPIENTS 1000                   /* To + Cc */
#define MM_SENDGRID_MAX_MESSAGE_BYTES (30u * 1024 * 1024) /* the request body */

typedef struct {
	/* Required: "https://api.sendgrid.com", or a loopback mock with a path
	 * prefix; checked by mm_base_uri_parse. */
	mm_str base_uri;
	mm_str api_key; /* Authorization: Bearer; never in a message */
} mm_sendgrid_config;

/* POST {base_uri}/v3/mail/send with the message as JSON. req is initialised
 * here and left empty on failure. Differences from the original, on
 * purpose:
 * - `personalizations` holds `to` and `cc` only when non-empty (the original
 *   writes `[[]]` without recipients; we refuse such a message instead);
 * - a display name "0" is kept (PHP's truthiness dropped it); an empty one
 *   is left out;
 * - `content` is left out when there is neither a text nor an HTML body
 *   (rather than `[]`, which SendGrid refuses);
 * - `headers`: a repeated name (exact spelling) appears once, at its first
 *   position with its last value, as the original's PHP map did.
 * Fails (MM_ERROR_INVALID_ARGUMENT) as mm_postmark_build does, with 1000
 * recipients and 30 MB as the limits. */
bool mm_sendgrid_build(const mm_sendgrid_config* config, const mm_email* email, mm_http_request* req, mm_error* err);

/* Any 2xx is success (SendGrid answers 202 with an empty body). Otherwise
 * MM_ERROR_PROVIDER with err->status and, when the body is SendGrid's
 * {"errors":[{"message", "field"}...]}, the first error's message (plus
 * " (field: name)" when it names one) in provider_message and the sentence
 * "SendGrid request failed with HTTP status N: <that>"; else an excerpt of
 * the body. */
bool mm_sendgrid_parse_response(long status, const char* body, size_t len, mm_error* err);

#endif
