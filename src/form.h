/* application/x-www-form-urlencoded bodies as libphutil's HTTP future writes
 * them (spec/adapters.md §3): RFC 3986 escaping, never '+' for a space. */
#ifndef MM_FORM_H
#define MM_FORM_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"

/* Appends data with every byte except the RFC 3986 unreserved set
 * (A-Z a-z 0-9 - . _ ~) written as %XX with upper-case hex; a space is %20. */
bool mm_form_append_escaped(mm_buf* out, const char* data, size_t len);

/* Appends "key=value", both escaped, preceded by '&' when out is not empty.
 * Pairs therefore keep the order in which they are added. */
bool mm_form_append_pair(mm_buf* out, const char* key, size_t key_len, const char* value, size_t value_len);

#endif
