#include "buffer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "mm_alloc.h"

void mm_buf_init(mm_buf* buf)
{
	buf->data = NULL;
	buf->len = 0;
	buf->cap = 0;
	buf->failed = false;
}

void mm_buf_free(mm_buf* buf)
{
	mm_free(buf->data);
	mm_buf_init(buf);
}

void mm_buf_reset(mm_buf* buf)
{
	buf->len = 0;
	if (buf->data) {
		buf->data[0] = '\0';
	}
}

bool mm_buf_reserve(mm_buf* buf, size_t extra)
{
	size_t need, cap;
	char* p;

	if (buf->failed) {
		return false;
	}
	if (extra > ((size_t)-1) / 2 - buf->len) {
		buf->failed = true;
		return false;
	}
	need = buf->len + extra + 1;
	if (need <= buf->cap) {
		return true;
	}
	cap = buf->cap ? buf->cap : 64;
	while (cap < need) {
		cap *= 2;
	}
	p = mm_realloc(buf->data, cap);
	if (!p) {
		buf->failed = true;
		return false;
	}
	buf->data = p;
	buf->cap = cap;
	return true;
}

bool mm_buf_append(mm_buf* buf, const void* data, size_t len)
{
	if (!mm_buf_reserve(buf, len)) {
		return false;
	}
	if (len) {
		memcpy(buf->data + buf->len, data, len);
	}
	buf->len += len;
	buf->data[buf->len] = '\0';
	return true;
}

bool mm_buf_append_str(mm_buf* buf, const char* s) { return mm_buf_append(buf, s, strlen(s)); }

bool mm_buf_append_char(mm_buf* buf, char c) { return mm_buf_append(buf, &c, 1); }

bool mm_buf_appendf(mm_buf* buf, const char* fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !mm_buf_reserve(buf, (size_t)n)) {
		buf->failed = true;
		return false;
	}
	va_start(ap, fmt);
	vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	buf->len += (size_t)n;
	return true;
}

char* mm_buf_detach(mm_buf* buf, size_t* len)
{
	char* data = buf->data;

	if (!data) {
		data = mm_strndup("", 0);
	}
	if (len) {
		*len = buf->len;
	}
	mm_buf_init(buf);
	return data;
}
