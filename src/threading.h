/* The original's threading headers (mailers.md §8.1): Message-ID or
 * In-Reply-To/References, then Thread-Index, from a thread ID and a domain.
 * A pure function: no clock, no randomness; the caller passes the time. */
#ifndef MM_THREADING_H
#define MM_THREADING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mm_error.h"

typedef struct {
	const char* thread_id; /* NULL or empty: no threading headers */
	size_t thread_id_len;
	const char* parent_message_id; /* NULL or empty: none */
	size_t parent_message_id_len;
	const char* domain;
	size_t domain_len;
	bool is_first;
	bool supports_message_id; /* the mailer keeps a Message-ID we choose */
	uint32_t now;             /* Unix time, used only when not first */
} mm_threading_input;

/* Each value is NULL when the header is absent; all NUL-terminated. */
typedef struct {
	char* message_id;
	char* in_reply_to;
	char* references;
	char* thread_index;
} mm_threading_headers;

/* Fills out (which needs no initialisation) from in. Rejects CR, LF and NUL
 * in the thread ID, parent and domain (INVALID_ARGUMENT); out of memory is
 * INTERNAL. On failure out holds nothing to free. */
bool mm_threading_build(const mm_threading_input* in, mm_threading_headers* out, mm_error* err);

/* Frees the values; accepts NULL and can be called twice. */
void mm_threading_headers_free(mm_threading_headers* headers);

#endif
