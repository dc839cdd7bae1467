/* Postmark (spec/adapters.md §4.1): the JSON request for one message or a
 * batch, and the reading of Postmark's answers. Pure functions. */
#ifndef MM_PROVIDER_POSTMARK_H
#define MM_PROVIDER_POSTMARK_H

#include <stdbool.h>
#include <stddef.h>

#include "http_request.h"
#include "message.h"
#include "mm_error.h"

/* Postmark's documented limits, checked before anything is sent. */
#define MM_POSTMARK_MAX_RECIPIENTS 50                     /* To + Cc of one message */
#define MM_POSTMARK_MAX_MESSAGE_BYTES (10u * 1024 * 1024) /* one message, as JSON */
#define MM_POSTMARK_MAX_BATCH 500                         /* messages per batch call */
#define MM_POSTMARK_MAX_BATCH_BYTES (50u * 1024 * 1024)   /* a whole batch body */

typedef struct {
	/* Required: "https://api.postmarkapp.com", or a loopback mock with a path
	 * prefix; checked by mm_base_uri_parse. */
	mm_str base_uri;
	mm_str access_token;   /* X-Postmark-Server-Token; never in a message */
	mm_str message_stream; /* MessageStream member; absent or "" = not sent */
} mm_postmark_config;

/* POST {base_uri}/email with the message as JSON. req is initialised here and
 * left empty on failure. Fails (MM_ERROR_INVALID_ARGUMENT) on a bad base URI
 * or token, a message without From or recipients, more than 50 recipients,
 * CR/LF/NUL in header material, invalid UTF-8 in any text, or a body over
 * 10 MB. */
bool mm_postmark_build(const mm_postmark_config* config, const mm_email* email, mm_http_request* req, mm_error* err);

/* POST {base_uri}/email/batch with a JSON array of 1 to 500 messages (each
 * checked as above; the error names the failing message's index), at most
 * 50 MB in all. */
bool mm_postmark_build_batch(
    const mm_postmark_config* config, const mm_email* emails, size_t count, mm_http_request* req, mm_error* err);

/* POST {base_uri}/email/batch whose body joins the bodies of 1 to 500
 * requests built by mm_postmark_build (one message object each) into a JSON
 * array, at most 50 MB in all. Lets a caller check every message on its own
 * first, so one bad message only fails itself, and encodes nothing twice. */
bool mm_postmark_join_batch(const mm_postmark_config* config, mm_http_request* const* singles, size_t count,
    mm_http_request* req, mm_error* err);

/* Reads the answer to /email. true on success. Otherwise MM_ERROR_PROVIDER
 * with err->status, and when Postmark sent them, its ErrorCode
 * (provider_code, provider_code_is_int) and Message (provider_message):
 * - non-2xx: "Postmark request failed with HTTP status N: (code) message",
 *   or an excerpt of a non-JSON body;
 * - 2xx whose body is not a JSON object or array: "Expected JSON response
 *   from Postmark: ...";
 * - 2xx with a truthy ErrorCode: "Received error from Postmark: (code) message". */
bool mm_postmark_parse_response(long status, const char* body, size_t len, mm_error* err);

/* One message's outcome in a batch. */
typedef struct {
	mm_error error;       /* domain MM_ERROR_NONE when Postmark accepted it */
	char message_id[128]; /* Postmark's MessageID when accepted, else "" */
} mm_postmark_batch_result;

/* Reads the answer to /email/batch into results[0..count-1] (count = the
 * number of messages sent). Returns false, with err set as for
 * mm_postmark_parse_response, when the call as a whole failed (non-2xx, not
 * a JSON array, or not one result per message); true otherwise, even if
 * some messages were refused: check each results[i].error. */
bool mm_postmark_parse_batch_response(
    long status, const char* body, size_t len, mm_postmark_batch_result* results, size_t count, mm_error* err);

#endif
