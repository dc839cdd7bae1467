/* Phone numbers as Phabricator's PhabricatorPhoneNumber normalizes them
 * (spec/messages.md §6): digits only, 10 to 15 of them, E.164 output. */
#ifndef MM_PHONE_H
#define MM_PHONE_H

#include <stdbool.h>
#include <stddef.h>

#include "mm_error.h"

/* "+", at most 15 digits and the terminating NUL. */
#define MM_PHONE_E164_SIZE 17

/* Normalizes raw text into out ("+" and 10 to 15 digits, NUL-terminated):
 * every non-digit is dropped, a 10-digit number without a leading '+' in the
 * raw text gets the North American country code 1. Fails with
 * MM_ERROR_INVALID_ARGUMENT quoting raw when the digits are too few, too
 * many or start with 0. */
bool mm_phone_normalize(const char* raw, size_t len, char out[MM_PHONE_E164_SIZE], size_t* out_len, mm_error* err);

#endif
