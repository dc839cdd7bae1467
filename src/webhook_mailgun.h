/* Mailgun inbound webhook check (spec/adapters.md §5.2): HMAC-SHA256 of
 * timestamp || token, lower-case hex, compared in constant time. Unlike the
 * original it also refuses stale (or far-future) timestamps, so a captured
 * request cannot be replayed forever. Token reuse within the window is the
 * caller's to track, if it wants to. */
#ifndef MM_WEBHOOK_MAILGUN_H
#define MM_WEBHOOK_MAILGUN_H

#include <stdbool.h>
#include <stddef.h>

#include "mm_error.h"

/* Codes inside MM_ERROR_INVALID_ARGUMENT set by the check. */
enum {
	MM_MAILGUN_WEBHOOK_NO_KEY = 1,    /* empty key: every signature would be forgeable */
	MM_MAILGUN_WEBHOOK_MALFORMED,     /* timestamp not decimal digits */
	MM_MAILGUN_WEBHOOK_BAD_SIGNATURE, /* wrong length or value */
	MM_MAILGUN_WEBHOOK_STALE,         /* older than max_age_seconds */
	MM_MAILGUN_WEBHOOK_FUTURE,        /* ahead of now by more than the skew allowance */
	MM_MAILGUN_WEBHOOK_BAD_WINDOW     /* max_age_seconds <= 0 or now < 0 */
};

/* How far a timestamp may be ahead of now (clock skew), capped by max_age. */
#define MM_MAILGUN_WEBHOOK_MAX_FUTURE_SKEW 300

/* True when signature is the lower-case hex HMAC-SHA256 of timestamp ||
 * token under key (all ptr + len: a NUL inside counts like any byte), and
 * timestamp (decimal seconds) is no more than max_age_seconds before now
 * and no more than min(max_age_seconds, MM_MAILGUN_WEBHOOK_MAX_FUTURE_SKEW)
 * after it. Checks in order: key, window, timestamp form, signature,
 * age, so "stale" is only ever said of an authentic request. Messages
 * never contain the key or the expected signature. */
bool mm_mailgun_webhook_verify(const char* key, size_t key_len, const char* timestamp, size_t ts_len, const char* token,
    size_t tok_len, const char* signature, size_t sig_len, long now, long max_age_seconds, mm_error* err);

#endif
