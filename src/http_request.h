/* An HTTP request as the provider builders produce it and the transport
 * sends it: complete bytes, no libcurl types. Builders are pure functions
 * (message in, request out); the transport never looks inside a body. */
#ifndef MM_HTTP_REQUEST_H
#define MM_HTTP_REQUEST_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"
#include "mm_error.h"

#define MM_HTTP_MAX_HEADERS 16

typedef struct {
	char* url;                          /* owned, absolute */
	const char* method;                 /* static string: "POST", "GET" */
	char* headers[MM_HTTP_MAX_HEADERS]; /* owned "Name: value" lines */
	size_t header_count;
	mm_buf body; /* owned */
} mm_http_request;

typedef struct {
	long status;              /* final HTTP status; 0 when none was read */
	mm_buf body;              /* owned */
	long retry_after_seconds; /* from Retry-After (delta-seconds form); -1 when absent */
	char content_type[128];   /* "" when absent */
} mm_http_response;

void mm_http_request_init(mm_http_request* req);
/* Frees everything; header lines and body are wiped first (they carry
 * credentials). Accepts a zeroed request. */
void mm_http_request_free(mm_http_request* req);
/* Adds a header line "name: value"; fails past MM_HTTP_MAX_HEADERS. */
bool mm_http_request_add_header(
    mm_http_request* req, const char* name, const char* value, size_t value_len, mm_error* err);

void mm_http_response_init(mm_http_response* res);
void mm_http_response_free(mm_http_response* res);

#endif
