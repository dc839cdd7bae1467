/* The HTTP transport: sends an mm_http_request over libcurl and fills an
 * mm_http_response. A pool holds the connection cache (keep-alive, TLS
 * sessions, DNS) so consecutive sends to one provider reuse one connection.
 * The pool belongs to one thread and to the process that created it; the
 * core keeps no global state, the caller owns the pool. curl_global_init is
 * the caller's job (ext/ does it in MINIT). */
#ifndef MM_TRANSPORT_HTTP_H
#define MM_TRANSPORT_HTTP_H

#include <stdbool.h>
#include <stddef.h>

#include "http_request.h"
#include "mm_error.h"

/* The original's per-adapter timeout (60 s) and our default connect bound. */
#define MM_HTTP_DEFAULT_TIMEOUT_MS 60000L
#define MM_HTTP_DEFAULT_CONNECT_TIMEOUT_MS 10000L
/* A larger response body is a transport error, so a hostile peer cannot
 * exhaust memory. */
#define MM_HTTP_DEFAULT_MAX_BODY ((size_t)8 * 1024 * 1024)

typedef struct mm_http_pool mm_http_pool;

typedef struct {
	const char* cainfo;      /* CA bundle path; NULL or "" = libcurl's default */
	long timeout_ms;         /* whole request; <= 0 = MM_HTTP_DEFAULT_TIMEOUT_MS */
	long connect_timeout_ms; /* <= 0 = MM_HTTP_DEFAULT_CONNECT_TIMEOUT_MS */
	size_t max_body;         /* response body cap; 0 = MM_HTTP_DEFAULT_MAX_BODY */
	const char* product;     /* User-Agent product, e.g. "metamta/0.1.0"; NULL = "metamta" */
} mm_http_options;

/* Sets every field to its default (zero/NULL). */
void mm_http_options_init(mm_http_options* opts);

/* A new, empty pool owned by the calling process; NULL when out of memory. */
mm_http_pool* mm_http_pool_new(void);
/* Closes the pooled connections and frees the pool. In a forked child (a
 * pid other than the creator's) it does nothing at all: the sockets and TLS
 * state are the parent's, and the memory is left alone. Accepts NULL. */
void mm_http_pool_free(mm_http_pool* pool);
/* True when the calling process created the pool (false after fork). */
bool mm_http_pool_usable(const mm_http_pool* pool);

/* Sends one request and fills res (which the caller initialised) with the
 * final status, body, Retry-After and Content-Type. Any HTTP status is a
 * success here; redirects are returned, not followed. On failure res is left
 * empty and err has domain MM_ERROR_TRANSPORT (code MM_TRANSPORT_*, with
 * outcome_unknown set when the whole request had been sent), or
 * MM_ERROR_INVALID_ARGUMENT for a malformed request, or MM_ERROR_INTERNAL. */
bool mm_http_send(
    mm_http_pool* pool, const mm_http_request* req, const mm_http_options* opts, mm_http_response* res, mm_error* err);

/* Sends n requests in parallel over the pool, at most max_concurrency at a
 * time (0 = n). responses[i] and errors[i] receive the result of
 * requests[i] exactly as mm_http_send would (errors[i].domain is
 * MM_ERROR_NONE on success). Returns true when every request succeeded. */
bool mm_http_send_many(mm_http_pool* pool, const mm_http_request* const* requests, size_t n,
    const mm_http_options* opts, size_t max_concurrency, mm_http_response* responses, mm_error* errors);

#endif
