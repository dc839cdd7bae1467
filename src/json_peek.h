/* replaced by json_read when merged: a stop-gap reader that finds one
 * top-level member of a JSON object in a provider response (Mailgun `id`
 * and `message`, Twilio `code` and `message`). It scans without recursion
 * and never reads past len; nested values are skipped, not validated. The
 * Mailgun and Twilio response readers are the only callers. */
#ifndef MM_JSON_PEEK_H
#define MM_JSON_PEEK_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"

typedef enum {
	MM_JSON_PEEK_ABSENT = 0,
	MM_JSON_PEEK_STRING, /* value holds the decoded bytes */
	MM_JSON_PEEK_NUMBER, /* value holds the number as written */
	MM_JSON_PEEK_OTHER   /* object, array, true, false or null */
} mm_json_peek_kind;

/* False when body is not one JSON object (surrounded by whitespace only).
 * Otherwise true, with kind and value describing the member called name
 * (the last one when it repeats, as PHP's json_decode keeps). */
bool mm_json_peek_member(const char* body, size_t len, const char* name, mm_json_peek_kind* kind, mm_buf* value);

#endif
