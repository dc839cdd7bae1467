#include "form.h"

static bool is_unreserved(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
	    c == '_' || c == '~';
}

bool mm_form_append_escaped(mm_buf* out, const char* data, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i, extra = 0;

	/* Reserve once so long values (SES raw messages) do not regrow per byte. */
	for (i = 0; i < len; i++) {
		if (!is_unreserved((unsigned char)data[i])) {
			extra += 2;
		}
	}
	if (!mm_buf_reserve(out, len + extra)) {
		return false;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)data[i];
		if (is_unreserved(c)) {
			out->data[out->len++] = (char)c;
		} else {
			out->data[out->len++] = '%';
			out->data[out->len++] = hex[c >> 4];
			out->data[out->len++] = hex[c & 0x0F];
		}
	}
	out->data[out->len] = '\0';
	return true;
}

bool mm_form_append_pair(mm_buf* out, const char* key, size_t key_len, const char* value, size_t value_len)
{
	if (out->len > 0) {
		mm_buf_append_char(out, '&');
	}
	mm_form_append_escaped(out, key, key_len);
	mm_buf_append_char(out, '=');
	mm_form_append_escaped(out, value, value_len);
	return !out->failed;
}
