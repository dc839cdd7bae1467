/* The Message-ID host-guess rule (spec/adapters.md §2.1). */
#include "message_id.h"

#include <string.h>

/* Relays known to rewrite the Message-ID; the dot keeps "amazonaws.com"
 * alone (no label before it) from matching, as in the original. */
static const char* const rewriting_suffixes[] = {
	".amazonaws.com",
	".postmarkapp.com",
	".sendgrid.net",
};

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

static bool ends_with_ci(const char* s, size_t len, const char* suffix)
{
	size_t n = strlen(suffix);
	size_t i;

	if (len < n) {
		return false;
	}
	s += len - n;
	for (i = 0; i < n; i++) {
		if (ascii_lower(s[i]) != suffix[i]) {
			return false;
		}
	}
	return true;
}

bool mm_message_id_supported(mm_message_id_config config, const char* host, size_t host_len)
{
	size_t i;

	if (config != MM_MESSAGE_ID_GUESS) {
		return config == MM_MESSAGE_ID_YES;
	}
	if (!host) {
		return true;
	}
	for (i = 0; i < sizeof(rewriting_suffixes) / sizeof(rewriting_suffixes[0]); i++) {
		if (ends_with_ci(host, host_len, rewriting_suffixes[i])) {
			return false;
		}
	}
	return true;
}
