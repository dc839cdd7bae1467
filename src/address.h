/* Email addresses as libphutil's PhutilEmailAddress parses and renders them
 * (spec/messages.md §7): a liberal parser that splits, never validates. */
#ifndef MM_ADDRESS_H
#define MM_ADDRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"
#include "message.h"
#include "mm_error.h"

/* Splits text (after trimming space, TAB, LF, CR, NUL and VT from both ends)
 * into the three parts; the results point into text. Never fails. */
void mm_address_parse(const char* text, size_t len, mm_address* out);

/* Appends local part, then "@domain" when the domain is present and
 * non-empty (getAddress()). */
bool mm_address_append_addr_spec(const mm_address* addr, mm_buf* out);

/* Appends the string form (__toString()): "\"Name\" <addr>" with the name's
 * line-break runs folded to a space and backslashes and quotes escaped, or
 * just the address without a name. */
bool mm_address_append_string_form(const mm_address* addr, mm_buf* out);

/* Appends the form for a MIME header: the string form for an ASCII (or no)
 * display name; a non-ASCII one as RFC 2047 "B" encoded words followed by
 * " <addr>". Fails (MM_ERROR_INVALID_ARGUMENT) when that name is not UTF-8. */
bool mm_address_append_header_form(const mm_address* addr, mm_buf* out, mm_error* err);

#endif
