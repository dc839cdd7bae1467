#include "mm_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Long values are cut: the message has to stay one readable sentence. */
#define MM_QUOTE_MAX_INPUT 96

void mm_error_clear(mm_error* err) { memset(err, 0, sizeof(*err)); }

bool mm_error_is_set(const mm_error* err) { return err->domain != MM_ERROR_NONE; }

bool mm_error_set(mm_error* err, mm_error_domain domain, int code, const char* fmt, ...)
{
	va_list ap;

	if (!err) {
		return false;
	}
	err->domain = domain;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return false;
}

void mm_quote(char* out, size_t out_size, const char* value, size_t len)
{
	size_t o = 0, i;
	bool cut = len > MM_QUOTE_MAX_INPUT;
	size_t n = cut ? MM_QUOTE_MAX_INPUT : len;

	if (out_size < 8) {
		if (out_size) {
			out[0] = '\0';
		}
		return;
	}
	/* Worst case per byte is 4 chars; keep room for the closing quote, "..." and NUL. */
	out[o++] = '\'';
	for (i = 0; i < n && o + 10 < out_size; i++) {
		unsigned char c = (unsigned char)value[i];
		switch (c) {
		case '\r': o += (size_t)snprintf(out + o, out_size - o, "\\r"); break;
		case '\n': o += (size_t)snprintf(out + o, out_size - o, "\\n"); break;
		case '\t': o += (size_t)snprintf(out + o, out_size - o, "\\t"); break;
		case '\0': o += (size_t)snprintf(out + o, out_size - o, "\\0"); break;
		case '\\': o += (size_t)snprintf(out + o, out_size - o, "\\\\"); break;
		case '\'': o += (size_t)snprintf(out + o, out_size - o, "\\'"); break;
		default:
			if (c < 0x20 || c == 0x7f) {
				o += (size_t)snprintf(out + o, out_size - o, "\\x%02X", c);
			} else {
				out[o++] = (char)c;
			}
		}
	}
	if (i < n) {
		cut = true;
	}
	out[o++] = '\'';
	if (cut && o + 4 < out_size) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
}
