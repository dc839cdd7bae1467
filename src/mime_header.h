/* Header lines for the MIME writer: folding at 78 columns (never past
 * 998), unstructured text with RFC 2047 words only where needed, MIME
 * parameters quoted (RFC 2045) or RFC 2231-encoded, and the Date value. */
#ifndef MM_MIME_HEADER_H
#define MM_MIME_HEADER_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buffer.h"
#include "encoded_word.h"
#include "mm_error.h"

/* RFC 5322 §2.1.1: lines SHOULD be at most 78 characters and MUST be at
 * most 998, both without the CRLF. */
#define MM_MIME_LINE_SOFT_MAX 78
#define MM_MIME_LINE_HARD_MAX 998

/* Appends the logical header line "Name: value" (no CR or LF inside),
 * folded before whitespace so each line is at most 78 characters where a
 * fold point exists, and ending in CRLF. structured = never fold inside a
 * quoted-string. Fails (MM_ERROR_INVALID_ARGUMENT) when a line would still
 * exceed 998 characters. */
bool mm_mime_header_fold(mm_buf* out, const char* line, size_t len, bool structured, mm_error* err);

/* Characters left on the first line of the header being built in line
 * (which holds only that header), for a first word that cannot be moved to
 * a continuation line. */
size_t mm_mime_header_room(const mm_buf* line);

/* Appends text as RFC 2047 words (mm_encoded_word_append), the first one
 * at most first_max characters long when that holds at least one
 * character, the others up to 75. */
bool mm_mime_header_append_encoded(mm_buf* out, const char* text, size_t len, mm_encoded_word_encoding enc,
    size_t first_max, const char* what, mm_error* err);

/* Appends unstructured text (Subject, custom header values) to the header
 * line being built in out, right after "Name: ": words that
 * are printable ASCII stay as they are; each run of words holding non-ASCII
 * or control characters (or text that looks like an encoded word) becomes
 * RFC 2047 words. Fails when such a run is not UTF-8; `what` names the
 * field. */
bool mm_mime_header_append_text(mm_buf* out, const char* text, size_t len, const char* what, mm_error* err);

/* Appends "; name=value" for a MIME parameter: a quoted-string for
 * printable ASCII, RFC 2231 `name*=utf-8''...` otherwise, split into RFC
 * 2231 continuations (name*0, name*1, ...) when long so the header folds.
 * Fails when a non-ASCII value is not UTF-8. */
bool mm_mime_header_append_param(
    mm_buf* out, const char* name, const char* value, size_t len, const char* what, mm_error* err);

/* Appends t as an RFC 5322 date-time in UTC: "Tue, 03 Dec 2024 09:05:07 +0000". */
bool mm_mime_header_append_date(mm_buf* out, time_t t);

/* Whether s holds only printable US-ASCII (0x20-0x7E) and TAB. */
bool mm_mime_is_printable_ascii(const char* s, size_t len);

#endif
