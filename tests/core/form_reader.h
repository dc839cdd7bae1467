/* A small multipart/form-data reader for the tests: splits a body at the
 * RFC 2046 §5.1.1 delimiters so the writer's output can be checked part by
 * part (include after check.h). */
#ifndef MM_TEST_FORM_READER_H
#define MM_TEST_FORM_READER_H

#include <stdio.h>
#include <string.h>

typedef struct {
	const char* head;
	size_t head_len;
	const char* data;
	size_t data_len;
} part_view;

static const char* find(const char* hay, size_t hay_len, const char* needle, size_t needle_len)
{
	size_t i;

	for (i = 0; i + needle_len <= hay_len; i++) {
		if (memcmp(hay + i, needle, needle_len) == 0) {
			return hay + i;
		}
	}
	return NULL;
}

/* Splits body at the delimiters of RFC 2046 §5.1.1; returns the part count or -1. */
static int read_form(const char* body, size_t len, const char* boundary, part_view* parts, int max)
{
	char delim[128];
	size_t dlen = (size_t)snprintf(delim, sizeof(delim), "\r\n--%s", boundary);
	const char* p = body;
	const char* end = body + len;
	int n = 0;

	if (len < dlen - 2 || memcmp(body, delim + 2, dlen - 2) != 0) {
		return -1;
	}
	p += dlen - 2;
	for (;;) {
		const char *head_end, *next;
		if (end - p >= 4 && memcmp(p, "--\r\n", 4) == 0) {
			return p + 4 == end ? n : -1;
		}
		if (end - p < 2 || memcmp(p, "\r\n", 2) != 0 || n == max) {
			return -1;
		}
		p += 2;
		head_end = find(p, (size_t)(end - p), "\r\n\r\n", 4);
		if (!head_end) {
			return -1;
		}
		next = find(head_end + 4, (size_t)(end - head_end - 4), delim, dlen);
		if (!next) {
			return -1;
		}
		parts[n].head = p;
		parts[n].head_len = (size_t)(head_end - p);
		parts[n].data = head_end + 4;
		parts[n].data_len = (size_t)(next - head_end - 4);
		n++;
		p = next + dlen;
	}
}

#endif
