/* A minimal harness for the core tests: CHECK records a pass or a failure
 * with its line, and check_summary() prints "N passed, N failed". */
#ifndef MM_TEST_CHECK_H
#define MM_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                                              \
	do {                                                                                     \
		if (cond) {                                                                      \
			check_passed++;                                                          \
		} else {                                                                         \
			check_failed++;                                                          \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		}                                                                                \
	} while (0)

/* Compares len bytes of got with a NUL-terminated expectation. */
#define CHECK_BYTES(got, got_len, want)                                                                       \
	do {                                                                                                  \
		size_t want_len_ = strlen(want);                                                              \
		if ((got_len) == want_len_ && memcmp((got), (want), want_len_) == 0) {                        \
			check_passed++;                                                                       \
		} else {                                                                                      \
			check_failed++;                                                                       \
			fprintf(stderr, "%s:%d: got [%.*s], want [%s]\n", __FILE__, __LINE__, (int)(got_len), \
			    (const char*)(got), (want));                                                      \
		}                                                                                             \
	} while (0)

static inline int check_summary(const char* name)
{
	printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
