#include "encoded_word.h"

#include "base64.h"
#include "text.h"

#define PREFIX_B "=?UTF-8?B?"
#define PREFIX_Q "=?UTF-8?Q?"
#define PREFIX_LEN 10
#define SUFFIX "?="
#define SUFFIX_LEN 2
/* Characters left for the encoded text inside one word. */
#define PAYLOAD_MAX (MM_ENCODED_WORD_MAX - PREFIX_LEN - SUFFIX_LEN)

static const char hex_digits[] = "0123456789ABCDEF";

/* Length of the UTF-8 sequence starting with lead byte c (text is valid). */
static size_t utf8_char_len(unsigned char c)
{
	if (c < 0x80) {
		return 1;
	}
	if (c < 0xE0) {
		return 2;
	}
	if (c < 0xF0) {
		return 3;
	}
	return 4;
}

/* RFC 2047 §5(3): in a phrase only letters, digits and !*+-/ may stay
 * literal; space becomes '_'. The same set is safe in unstructured text. */
static bool q_is_literal(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' || c == '*' ||
	    c == '+' || c == '-' || c == '/';
}

static size_t q_byte_cost(unsigned char c) { return (q_is_literal(c) || c == ' ') ? 1 : 3; }

static size_t b_cost(size_t bytes) { return mm_base64_encoded_len(bytes); }

static void q_append(mm_buf* out, const unsigned char* p, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (q_is_literal(p[i])) {
			mm_buf_append_char(out, (char)p[i]);
		} else if (p[i] == ' ') {
			mm_buf_append_char(out, '_');
		} else {
			mm_buf_append_char(out, '=');
			mm_buf_append_char(out, hex_digits[p[i] >> 4]);
			mm_buf_append_char(out, hex_digits[p[i] & 0x0F]);
		}
	}
}

static size_t q_total_cost(const unsigned char* p, size_t len)
{
	size_t i, cost = 0;

	for (i = 0; i < len; i++) {
		cost += q_byte_cost(p[i]);
	}
	return cost;
}

bool mm_encoded_word_append(
    mm_buf* out, const char* text, size_t len, mm_encoded_word_encoding encoding, const char* what, mm_error* err)
{
	const unsigned char* p = (const unsigned char*)text;
	size_t start = 0;
	bool first = true;

	if (!mm_text_is_utf8(text, len)) {
		char quoted[160];
		mm_quote(quoted, sizeof(quoted), text, len);
		return mm_error_set(
		    err, MM_ERROR_INVALID_ARGUMENT, 0, "%s must be valid UTF-8 to be encoded, %s given", what, quoted);
	}
	if (encoding == MM_ENCODED_WORD_AUTO) {
		encoding = q_total_cost(p, len) <= b_cost(len) ? MM_ENCODED_WORD_Q : MM_ENCODED_WORD_B;
	}
	while (start < len) {
		/* Take whole characters while the encoded word still fits. */
		size_t end = start, cost = 0;
		while (end < len) {
			size_t n = utf8_char_len(p[end]);
			size_t next_cost;
			if (encoding == MM_ENCODED_WORD_B) {
				next_cost = b_cost(end + n - start);
			} else {
				next_cost = cost + q_total_cost(p + end, n);
			}
			if (next_cost > PAYLOAD_MAX) {
				break;
			}
			cost = next_cost;
			end += n;
		}
		if (!first) {
			mm_buf_append_char(out, ' ');
		}
		first = false;
		if (encoding == MM_ENCODED_WORD_B) {
			mm_buf_append(out, PREFIX_B, PREFIX_LEN);
			mm_base64_append(out, p + start, end - start, 0);
		} else {
			mm_buf_append(out, PREFIX_Q, PREFIX_LEN);
			q_append(out, p + start, end - start);
		}
		mm_buf_append(out, SUFFIX, SUFFIX_LEN);
		start = end;
	}
	if (out->failed) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while encoding %s", what);
	}
	return true;
}
