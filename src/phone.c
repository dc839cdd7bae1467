#include "phone.h"

#include <string.h>

#define MM_PHONE_MIN_DIGITS 10
#define MM_PHONE_MAX_DIGITS 15

bool mm_phone_normalize(const char* raw, size_t len, char out[MM_PHONE_E164_SIZE], size_t* out_len, mm_error* err)
{
	char digits[MM_PHONE_MAX_DIGITS];
	size_t count = 0, i;
	char quoted[160];

	for (i = 0; i < len; i++) {
		if (raw[i] >= '0' && raw[i] <= '9') {
			/* Keep counting past the limit so an overlong number is rejected, not cut. */
			if (count < MM_PHONE_MAX_DIGITS) {
				digits[count] = raw[i];
			}
			count++;
		}
	}
	if (count < MM_PHONE_MIN_DIGITS || count > MM_PHONE_MAX_DIGITS || digits[0] == '0') {
		mm_quote(quoted, sizeof(quoted), raw, len);
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "Phone number %s is not in a recognized format: expected a US number like \"(212) 555-0100\" "
		    "or an international number like \"+44 20 7946 0958\"",
		    quoted);
	}
	i = 0;
	out[i++] = '+';
	/* Only the very first raw character counts as the '+' (a leading space does not). */
	if (count == MM_PHONE_MIN_DIGITS && (len == 0 || raw[0] != '+')) {
		out[i++] = '1';
	}
	memcpy(out + i, digits, count);
	i += count;
	out[i] = '\0';
	*out_len = i;
	return true;
}
