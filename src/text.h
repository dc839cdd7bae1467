/* Checks on text that goes into message headers (RFC 5322 §2.2). Header
 * material with CR, LF or NUL is rejected, never repaired: one CR/LF is
 * enough to inject a header or end an SMTP transaction early. */
#ifndef MM_TEXT_H
#define MM_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "mm_error.h"

/* Offset of the first CR, LF or NUL in s, or len when there is none. */
size_t mm_text_find_line_break_or_nul(const char* s, size_t len);

/* Fails (MM_ERROR_INVALID_ARGUMENT) when value holds CR, LF or NUL; `what`
 * names the field in the message ("Header value", "Subject", ...). */
bool mm_text_check_header_material(const char* value, size_t len, const char* what, mm_error* err);

/* A header field name: 1 or more printable US-ASCII characters except ':'
 * (RFC 5322 §2.2 ftext). */
bool mm_text_check_header_name(const char* name, size_t len, mm_error* err);

/* Whether s is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF). */
bool mm_text_is_utf8(const char* s, size_t len);

/* Whether every byte is 7-bit ASCII. */
bool mm_text_is_ascii(const char* s, size_t len);

/* The value of a hexadecimal digit (either case), or -1 for any other byte. */
int mm_text_hex_value(char c);

#endif
