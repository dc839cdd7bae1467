/* A small, strict JSON (RFC 8259) reader for provider responses: the whole
 * document is parsed into one flat array of values, then looked up by member
 * name or element index. Bounded: input size, nesting depth and value count
 * have fixed limits, recursion is at most MM_JSON_MAX_DEPTH deep, and memory
 * grows linearly with the input. */
#ifndef MM_JSON_READ_H
#define MM_JSON_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "mm_error.h"

#define MM_JSON_MAX_INPUT (8u * 1024 * 1024)
#define MM_JSON_MAX_DEPTH 64
#define MM_JSON_MAX_VALUES 200000

typedef enum {
	MM_JSON_NULL = 1,
	MM_JSON_FALSE,
	MM_JSON_TRUE,
	MM_JSON_NUMBER,
	MM_JSON_STRING,
	MM_JSON_ARRAY,
	MM_JSON_OBJECT
} mm_json_type;

typedef struct mm_json_doc mm_json_doc;
typedef struct mm_json_value mm_json_value;

/* Parses text (exactly one value with optional surrounding whitespace).
 * Returns NULL and fills err (MM_ERROR_INVALID_ARGUMENT, "Invalid JSON at
 * offset N: reason"; MM_ERROR_INTERNAL when out of memory) on failure.
 * Strict: no comments, trailing commas, BOM, lone surrogates or invalid
 * UTF-8; control characters inside strings must be escaped. */
mm_json_doc* mm_json_parse(const char* text, size_t len, mm_error* err);
void mm_json_free(mm_json_doc* doc);

/* The top-level value of a parsed document. */
const mm_json_value* mm_json_root(const mm_json_doc* doc);

/* Every accessor below accepts NULL (an absent value) and then answers
 * "nothing": 0, NULL or false. */
mm_json_type mm_json_type_of(const mm_json_value* v);
/* Elements of an array or members of an object. */
size_t mm_json_count(const mm_json_value* v);
/* Member of an object by exact name; the last one when a name repeats (as
 * PHP's json_decode). NULL when v is not an object or has no such member. */
const mm_json_value* mm_json_get(const mm_json_value* v, const char* name);
/* Element i of an array (or member i of an object), else NULL. */
const mm_json_value* mm_json_at(const mm_json_value* v, size_t i);
/* Member name of a value found inside an object, else NULL. */
const char* mm_json_key_of(const mm_json_value* v, size_t* len);

/* A string's decoded bytes (NUL-terminated; may also hold \u0000 inside). */
bool mm_json_get_string(const mm_json_value* v, const char** s, size_t* len);
/* A number written as an integer (no fraction or exponent) that fits. */
bool mm_json_get_int(const mm_json_value* v, long long* out);
bool mm_json_get_bool(const mm_json_value* v, bool* out);
/* A number's text exactly as written. */
bool mm_json_get_number_text(const mm_json_value* v, const char** s, size_t* len);

/* PHP truthiness of the decoded value (json_decode with assoc arrays):
 * false for absent, null, false, 0 in any spelling, "", "0", [] and {}. */
bool mm_json_is_truthy(const mm_json_value* v);

#endif
