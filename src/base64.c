#include "base64.h"

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

size_t mm_base64_encoded_len(size_t len) { return (len + 2) / 3 * 4; }

bool mm_base64_append(mm_buf* out, const void* data, size_t len, size_t line_len)
{
	const unsigned char* p = data;
	size_t total = mm_base64_encoded_len(len), col = 0, i;
	char* w;

	if (!mm_buf_reserve(out, total + (line_len ? (total / line_len + 1) * 2 : 0))) {
		return false;
	}
	/* Written straight into the reserved space: this runs over every
	 * attachment byte, so no per-character append. */
	w = out->data + out->len;
	for (i = 0; i < len; i += 3) {
		unsigned long v = (unsigned long)p[i] << 16;
		size_t rest = len - i;
		char quad[4];

		if (rest > 1) {
			v |= (unsigned long)p[i + 1] << 8;
		}
		if (rest > 2) {
			v |= p[i + 2];
		}
		quad[0] = alphabet[(v >> 18) & 63];
		quad[1] = alphabet[(v >> 12) & 63];
		quad[2] = rest > 1 ? alphabet[(v >> 6) & 63] : '=';
		quad[3] = rest > 2 ? alphabet[v & 63] : '=';
		for (int k = 0; k < 4; k++) {
			if (line_len && col == line_len) {
				*w++ = '\r';
				*w++ = '\n';
				col = 0;
			}
			*w++ = quad[k];
			col++;
		}
	}
	out->len = (size_t)(w - out->data);
	out->data[out->len] = '\0';
	return true;
}

static int decode_char(char c)
{
	if (c >= 'A' && c <= 'Z') {
		return c - 'A';
	}
	if (c >= 'a' && c <= 'z') {
		return c - 'a' + 26;
	}
	if (c >= '0' && c <= '9') {
		return c - '0' + 52;
	}
	if (c == '+') {
		return 62;
	}
	if (c == '/') {
		return 63;
	}
	return -1;
}

bool mm_base64_decode(mm_buf* out, const char* text, size_t len)
{
	size_t i;

	if (len % 4 != 0) {
		return false;
	}
	for (i = 0; i < len; i += 4) {
		int a = decode_char(text[i]), b = decode_char(text[i + 1]);
		int c = text[i + 2] == '=' ? -2 : decode_char(text[i + 2]);
		int d = text[i + 3] == '=' ? -2 : decode_char(text[i + 3]);
		bool last = i + 4 == len;

		if (a < 0 || b < 0 || c == -1 || d == -1 || ((c == -2 || d == -2) && !last) || (c == -2 && d != -2)) {
			return false;
		}
		mm_buf_append_char(out, (char)((a << 2) | (b >> 4)));
		if (c >= 0) {
			mm_buf_append_char(out, (char)(((b & 15) << 4) | (c >> 2)));
		}
		if (d >= 0) {
			mm_buf_append_char(out, (char)(((c & 3) << 6) | d));
		}
	}
	return !out->failed;
}
