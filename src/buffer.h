/* A growable byte buffer. An allocation failure sets `failed`, after which
 * appends do nothing, so a builder checks once at the end. */
#ifndef MM_BUFFER_H
#define MM_BUFFER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
	char* data; /* always NUL-terminated when non-NULL */
	size_t len;
	size_t cap;
	bool failed;
} mm_buf;

void mm_buf_init(mm_buf* buf);
void mm_buf_free(mm_buf* buf);
void mm_buf_reset(mm_buf* buf);
bool mm_buf_reserve(mm_buf* buf, size_t extra);
bool mm_buf_append(mm_buf* buf, const void* data, size_t len);
bool mm_buf_append_str(mm_buf* buf, const char* s);
bool mm_buf_append_char(mm_buf* buf, char c);
bool mm_buf_appendf(mm_buf* buf, const char* fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Hands the bytes to the caller (free with mm_free) and empties buf. */
char* mm_buf_detach(mm_buf* buf, size_t* len);

#endif
