/* The core's one allocator: every allocation in src/ goes through here so a
 * test or fuzz build (-DMM_ALLOC_COUNT) can count live blocks. */
#ifndef MM_ALLOC_H
#define MM_ALLOC_H

#include <stddef.h>

void* mm_malloc(size_t size);
void* mm_calloc(size_t count, size_t size);
void* mm_realloc(void* ptr, size_t size);
void mm_free(void* ptr);
/* A NUL-terminated copy of len bytes (which may themselves contain NUL). */
char* mm_strndup(const char* s, size_t len);

#ifdef MM_ALLOC_COUNT
/* Live allocations in this process: test builds only. */
long mm_alloc_live(void);
#endif

#endif
