#include "mm_alloc.h"

#include <stdlib.h>
#include <string.h>

#ifdef MM_ALLOC_COUNT
static long live_blocks;
long mm_alloc_live(void) { return live_blocks; }
#define MM_COUNT(delta) (live_blocks += (delta))
#else
#define MM_COUNT(delta) ((void)0)
#endif

void* mm_malloc(size_t size)
{
	void* p = malloc(size ? size : 1);
	if (p) {
		MM_COUNT(1);
	}
	return p;
}

void* mm_calloc(size_t count, size_t size)
{
	void* p = calloc(count ? count : 1, size ? size : 1);
	if (p) {
		MM_COUNT(1);
	}
	return p;
}

void* mm_realloc(void* ptr, size_t size)
{
	void* p = realloc(ptr, size ? size : 1);
	if (p && !ptr) {
		MM_COUNT(1);
	}
	return p;
}

void mm_free(void* ptr)
{
	if (ptr) {
		MM_COUNT(-1);
		free(ptr);
	}
}

char* mm_strndup(const char* s, size_t len)
{
	char* p = mm_malloc(len + 1);
	if (p) {
		if (len) {
			memcpy(p, s, len);
		}
		p[len] = '\0';
	}
	return p;
}
