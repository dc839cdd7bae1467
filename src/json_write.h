/* Writing JSON (RFC 8259) for the provider request bodies: string literals
 * with the minimum escaping, UTF-8 written literally, and a tiny writer that
 * places commas and colons so builders only say what comes next. */
#ifndef MM_JSON_WRITE_H
#define MM_JSON_WRITE_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"
#include "mm_error.h"

/* Nesting a builder may use; deeper begin calls mark the buffer failed. */
#define MM_JSON_WRITER_MAX_DEPTH 8

/* Length of the well-formed UTF-8 sequence at s (1 to 4), or 0 when the
 * bytes there are not one (overlong, surrogate, > U+10FFFF, cut short). */
size_t mm_json_utf8_sequence_len(const char* s, size_t len);

/* Appends s as a JSON string literal: `"` and `\` escaped, control
 * characters as \n, \r, \t, \b, \f or \u00XX, everything else (including `/`
 * and UTF-8) literal. Invalid UTF-8 fails with MM_ERROR_INVALID_ARGUMENT
 * "<what> is not valid UTF-8 ..." before writing anything. */
bool mm_json_append_string(mm_buf* out, const char* s, size_t len, const char* what, mm_error* err);

typedef struct {
	mm_buf* out;
	unsigned depth;
	bool after_key;
	bool has_items[MM_JSON_WRITER_MAX_DEPTH + 1];
} mm_json_writer;

void mm_json_writer_init(mm_json_writer* w, mm_buf* out);
void mm_json_begin_object(mm_json_writer* w);
void mm_json_end_object(mm_json_writer* w);
void mm_json_begin_array(mm_json_writer* w);
void mm_json_end_array(mm_json_writer* w);
/* A member name inside an object; key is trusted ASCII (a literal of ours). */
void mm_json_key(mm_json_writer* w, const char* key);
/* A member name taken from data (escaped, UTF-8 checked like a value). */
bool mm_json_key_string(mm_json_writer* w, const char* key, size_t len, const char* what, mm_error* err);
/* A string value; see mm_json_append_string for what fails. */
bool mm_json_string(mm_json_writer* w, const char* s, size_t len, const char* what, mm_error* err);
/* Key and string value in one call. */
bool mm_json_member_string(
    mm_json_writer* w, const char* key, const char* s, size_t len, const char* what, mm_error* err);
/* Places the separator for a value the caller then appends to the returned
 * buffer as valid JSON itself (a base64 text in quotes, built in place
 * rather than copied). */
mm_buf* mm_json_raw_value(mm_json_writer* w);

#endif
