#include "text.h"

size_t mm_text_find_line_break_or_nul(const char* s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\r' || s[i] == '\n' || s[i] == '\0') {
			return i;
		}
	}
	return len;
}

bool mm_text_check_header_material(const char* value, size_t len, const char* what, mm_error* err)
{
	char quoted[160];

	if (mm_text_find_line_break_or_nul(value, len) == len) {
		return true;
	}
	mm_quote(quoted, sizeof(quoted), value, len);
	return mm_error_set(
	    err, MM_ERROR_INVALID_ARGUMENT, 0, "%s must not contain CR, LF or NUL, %s given", what, quoted);
}

bool mm_text_check_header_name(const char* name, size_t len, mm_error* err)
{
	char quoted[160];
	size_t i;

	if (len == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "Header name must not be empty");
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)name[i];
		if (c < 33 || c > 126 || c == ':') {
			mm_quote(quoted, sizeof(quoted), name, len);
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "Header name must be printable ASCII without spaces or ':', %s given", quoted);
		}
	}
	return true;
}

bool mm_text_is_ascii(const char* s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] >= 0x80) {
			return false;
		}
	}
	return true;
}

bool mm_text_is_utf8(const char* s, size_t len)
{
	const unsigned char* p = (const unsigned char*)s;
	size_t i = 0;

	while (i < len) {
		unsigned char c = p[i];
		size_t need;
		unsigned long cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			need = 1;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			cp = c & 0x07;
		} else {
			return false;
		}
		if (len - i <= need) {
			return false;
		}
		for (size_t k = 1; k <= need; k++) {
			if ((p[i + k] & 0xC0) != 0x80) {
				return false;
			}
			cp = (cp << 6) | (p[i + k] & 0x3F);
		}
		if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF)) {
			return false;
		}
		i += need + 1;
	}
	return true;
}

int mm_text_hex_value(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}
