/* Shared helpers for the libFuzzer targets: a failed invariant aborts (so
 * libFuzzer saves the input as a crash), inputs split into fields, and
 * decoders written independently of src/ so they can judge its output. */
#ifndef MM_FUZZ_COMMON_H
#define MM_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buffer.h"
#include "mm_alloc.h"

/* A failed invariant: print it and abort so the input is kept. */
#define FUZZ_CHECK(cond)                                                                             \
	do {                                                                                         \
		if (!(cond)) {                                                                       \
			fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
			abort();                                                                     \
		}                                                                                    \
	} while (0)

/* Fields of an input are separated by this byte (ASCII record separator),
 * so seed files stay readable. */
#define FUZZ_SEP '\x1e'

typedef struct {
	const char* ptr;
	size_t len;
} fuzz_field;

/* Cuts the next field off *data (all of it when no separator is left);
 * false when nothing at all is left. */
static inline bool fuzz_next_field(const uint8_t** data, size_t* size, fuzz_field* out)
{
	const uint8_t* sep;

	if (*data == NULL) {
		out->ptr = "";
		out->len = 0;
		return false;
	}
	sep = memchr(*data, FUZZ_SEP, *size);
	out->ptr = (const char*)*data;
	if (sep == NULL) {
		out->len = *size;
		*data = NULL;
		*size = 0;
	} else {
		out->len = (size_t)(sep - *data);
		*size -= out->len + 1;
		*data = sep + 1;
	}
	return true;
}

/* A heap copy of the field, so ASan sees reads past its end. */
static inline char* fuzz_copy(const void* p, size_t len)
{
	char* c = malloc(len ? len : 1);

	FUZZ_CHECK(c != NULL);
	memcpy(c, p, len);
	return c;
}

static inline int fuzz_hex(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	return -1;
}

/* Decodes strict base64 (CR and LF skipped, '=' only as padding at the
 * end) into out; false on anything else. */
static inline bool fuzz_base64_decode(const char* s, size_t len, mm_buf* out)
{
	static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned acc = 0;
	int bits = 0, pad = 0;
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		const char* at;

		if (s[i] == '\r' || s[i] == '\n') {
			continue;
		}
		n++;
		if (s[i] == '=') {
			pad++;
			continue;
		}
		at = s[i] ? strchr(alphabet, s[i]) : NULL;
		if (at == NULL || pad > 0) {
			return false;
		}
		acc = (acc << 6) | (unsigned)(at - alphabet);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			mm_buf_append_char(out, (char)((acc >> bits) & 0xFF));
		}
	}
	return n % 4 == 0 && pad <= 2 && !out->failed;
}

/* Decodes quoted-printable body text (RFC 2045 §6.7): "=XX" bytes, "="
 * before a line break is a soft break; false on a malformed escape. */
static inline bool fuzz_qp_decode(const char* s, size_t len, mm_buf* out)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] != '=') {
			mm_buf_append_char(out, s[i]);
		} else if (i + 2 < len && s[i + 1] == '\r' && s[i + 2] == '\n') {
			i += 2;
		} else if (i + 2 < len && fuzz_hex(s[i + 1]) >= 0 && fuzz_hex(s[i + 2]) >= 0) {
			mm_buf_append_char(out, (char)(fuzz_hex(s[i + 1]) * 16 + fuzz_hex(s[i + 2])));
			i += 2;
		} else {
			return false;
		}
	}
	return !out->failed;
}

/* Decodes one RFC 2047 word "=?UTF-8?B?...?=" or "?Q?" (s is exactly the
 * word) into out; false when it is not one. */
static inline bool fuzz_encoded_word_decode(const char* s, size_t len, mm_buf* out)
{
	size_t i;

	if (len < 12 || strncmp(s, "=?UTF-8?", 8) != 0 || s[9] != '?' || s[len - 2] != '?' || s[len - 1] != '=') {
		return false;
	}
	if (s[8] == 'B') {
		return fuzz_base64_decode(s + 10, len - 12, out);
	}
	if (s[8] != 'Q') {
		return false;
	}
	for (i = 10; i < len - 2; i++) {
		char c = s[i];

		/* RFC 2047 §5(3): the phrase form allows only these literally. */
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("!*+-/", c)) {
			mm_buf_append_char(out, c);
		} else if (c == '_') {
			mm_buf_append_char(out, ' ');
		} else if (c == '=' && i + 2 < len - 2 && fuzz_hex(s[i + 1]) >= 0 && fuzz_hex(s[i + 2]) >= 0) {
			mm_buf_append_char(out, (char)(fuzz_hex(s[i + 1]) * 16 + fuzz_hex(s[i + 2])));
			i += 2;
		} else {
			return false;
		}
	}
	return !out->failed;
}

/* Line breaks normalized to CRLF, as the MIME writer does for bodies. */
static inline void fuzz_to_crlf(const char* s, size_t len, mm_buf* out)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\r' || s[i] == '\n') {
			mm_buf_append(out, "\r\n", 2);
			if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n') {
				i++;
			}
		} else {
			mm_buf_append_char(out, s[i]);
		}
	}
}

/* Every CR is followed by LF and every LF preceded by CR. */
static inline bool fuzz_crlf_only(const char* s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\r' && (i + 1 == len || s[i + 1] != '\n')) {
			return false;
		}
		if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) {
			return false;
		}
	}
	return true;
}

/* The longest CRLF-terminated line (CRLF not counted) in s. */
static inline size_t fuzz_longest_line(const char* s, size_t len)
{
	size_t best = 0, start = 0, i;

	for (i = 0; i + 1 < len; i++) {
		if (s[i] == '\r' && s[i + 1] == '\n') {
			best = i - start > best ? i - start : best;
			start = i + 2;
		}
	}
	return len - start > best ? len - start : best;
}

#endif
