/* AWS Signature Version 4 for header-signed requests (SES, SNS and any other
 * AWS service), as described in spec/sigv4.md §2. Pure functions: the caller
 * passes the timestamp, so the same input always gives the same signature.
 *
 * Where the spec lists the original's simplifications (§5), this module
 * follows AWS's published algorithm whenever that leaves every SES and SNS
 * signature of the original unchanged:
 *   - header values: trimmed and inner runs of spaces/tabs collapsed to one
 *     space; a repeated header name keeps every value, joined with ',' in
 *     the order given (AWS), instead of "the later value wins";
 *   - query: every name=value pair is kept (no last-value-wins), pairs are
 *     sorted by encoded name, then encoded value (AWS), not by raw name;
 *   - Host: signed exactly as libcurl sends it, i.e. with the port when it is
 *     not the scheme's default (`localhost:4566`), and without it otherwise;
 *   - optional session token, sent and signed as X-Amz-Security-Token.
 * Kept from the original: the canonical URI is the URL's path as given,
 * percent-encoded once with '/' kept (which is what AWS expects for a URL
 * that already holds the wire form of the path); no path normalisation
 * ("." and ".." segments, repeated slashes stay as they are). The
 * Authorization value has no space after its commas, as in the original
 * (AWS accepts both). */
#ifndef MM_SIGV4_H
#define MM_SIGV4_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buffer.h"
#include "http_request.h"
#include "mm_error.h"

#define MM_SIGV4_TIMESTAMP_LEN 16 /* YYYYMMDDTHHMMSSZ */
#define MM_SIGV4_KEY_LEN 32       /* raw HMAC-SHA256 output */
#define MM_SIGV4_HEX_LEN 64       /* lower-case hex of a SHA-256 */

/* Who signs, for which scope and when. Strings are pointer + length; a
 * NULL pointer with length 0 means "not given". */
typedef struct {
	const char* access_key;
	size_t access_key_len;
	/* The secret access key; may be omitted when signing_key is given. */
	const char* secret_key;
	size_t secret_key_len;
	/* Optional precomputed key for exactly this date, region and service
	 * (MM_SIGV4_KEY_LEN bytes); used instead of deriving one from the secret. */
	const unsigned char* signing_key;
	/* Optional temporary-credential token: added as X-Amz-Security-Token and
	 * signed (it is part of the canonical headers and of SignedHeaders). */
	const char* session_token;
	size_t session_token_len;
	const char* region;
	size_t region_len;
	const char* service;
	size_t service_len;
	/* The 16-character YYYYMMDDTHHMMSSZ UTC timestamp, NUL-terminated; when
	 * NULL, `time` is formatted instead. */
	const char* timestamp;
	time_t time;
	/* Adds and signs X-Amz-Content-Sha256 (S3); off for SES and SNS. */
	bool sign_payload;
} mm_sigv4_params;

/* The request as it will go on the wire. */
typedef struct {
	const char* method; /* NUL-terminated HTTP token, e.g. "POST" */
	const char* url;    /* absolute http:// or https:// URL */
	size_t url_len;
	/* Header lines already on the request, "Name: value" (NUL-terminated).
	 * All of them are signed, except a line with an empty value: libcurl
	 * treats "Name:" as "remove this header", so it is never sent. A Host
	 * line, if present, is signed as given instead of the URL's host. */
	const char* const* header_lines;
	size_t header_count;
	const char* body;
	size_t body_len;
} mm_sigv4_request;

/* What the caller adds to the request, plus the intermediate strings for
 * tests. The caller sends `X-Amz-Date: amz_date`, `Authorization:
 * authorization`, and, when requested, `X-Amz-Security-Token: <token>` and
 * `X-Amz-Content-Sha256: payload_hash`. */
typedef struct {
	char amz_date[MM_SIGV4_TIMESTAMP_LEN + 1];
	char payload_hash[MM_SIGV4_HEX_LEN + 1];
	char signature[MM_SIGV4_HEX_LEN + 1];
	char* authorization;      /* owned, NUL-terminated */
	mm_buf canonical_request; /* owned */
	mm_buf string_to_sign;    /* owned */
} mm_sigv4_result;

void mm_sigv4_result_init(mm_sigv4_result* res);
/* Wipes and frees; accepts an initialised (or zeroed) result. */
void mm_sigv4_result_free(mm_sigv4_result* res);

/* Signs req with params into res (initialised by the caller). Fails with
 * MM_ERROR_INVALID_ARGUMENT for bad input (the message never holds the
 * secret, the token or the access key) and MM_ERROR_INTERNAL when OpenSSL or
 * memory fails; res is then left empty. */
bool mm_sigv4_sign(const mm_sigv4_request* req, const mm_sigv4_params* params, mm_sigv4_result* res, mm_error* err);

/* Signs an mm_http_request in place: computes the signature over its
 * method, URL, headers and body, then appends X-Amz-Date,
 * [X-Amz-Content-Sha256], [X-Amz-Security-Token] and Authorization. On
 * failure the request is unchanged. */
bool mm_sigv4_sign_http_request(mm_http_request* req, const mm_sigv4_params* params, mm_error* err);

/* Derives the signing key HMAC chain "AWS4"+secret -> date (8 digits) ->
 * region -> service -> "aws4_request" into out. */
bool mm_sigv4_derive_key(const char* secret_key, size_t secret_key_len, const char* date8, const char* region,
    size_t region_len, const char* service, size_t service_len, unsigned char out[MM_SIGV4_KEY_LEN], mm_error* err);

/* Formats t (seconds since the epoch, UTC) as YYYYMMDDTHHMMSSZ; false for a
 * time before 1970 or after 9999. */
bool mm_sigv4_format_timestamp(time_t t, char out[MM_SIGV4_TIMESTAMP_LEN + 1]);

#endif
