/* RFC 2047 encoded words for non-ASCII text in message headers: display
 * names (a phrase, §5(3)) and the Subject (unstructured text, §5(1)). */
#ifndef MM_ENCODED_WORD_H
#define MM_ENCODED_WORD_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"
#include "mm_error.h"

/* RFC 2047 §7.2 / §2: an encoded word is at most 75 characters long. */
#define MM_ENCODED_WORD_MAX 75

typedef enum {
	MM_ENCODED_WORD_B,   /* base64 (§4.1) */
	MM_ENCODED_WORD_Q,   /* "Q" quoted-printable (§4.2) in its strict phrase form */
	MM_ENCODED_WORD_AUTO /* whichever of the two is shorter for this text */
} mm_encoded_word_encoding;

/* Appends text (which must be UTF-8) as one or more "=?UTF-8?B?...?=" (or Q)
 * words of at most MM_ENCODED_WORD_MAX characters, separated by one space,
 * each holding whole UTF-8 characters so every word decodes on its own.
 * Empty text appends nothing. Fails with MM_ERROR_INVALID_ARGUMENT (what
 * names the field) on malformed UTF-8, MM_ERROR_INTERNAL when out of memory. */
bool mm_encoded_word_append(
    mm_buf* out, const char* text, size_t len, mm_encoded_word_encoding encoding, const char* what, mm_error* err);

#endif
