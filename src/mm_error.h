/* Errors from the core: a domain (which exception family ext/ throws), a
 * code, and a fixed-size sentence. No global "last error". */
#ifndef MM_ERROR_H
#define MM_ERROR_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
	MM_ERROR_NONE = 0,
	MM_ERROR_INVALID_ARGUMENT, /* bad content from the caller */
	MM_ERROR_TRANSPORT,        /* connect, TLS, timeout, connection lost */
	MM_ERROR_PROVIDER,         /* the provider answered and refused */
	MM_ERROR_INTERNAL          /* out of memory, library failure */
} mm_error_domain;

/* Codes inside MM_ERROR_TRANSPORT. */
enum {
	MM_TRANSPORT_CONNECT = 1,
	MM_TRANSPORT_TLS,
	MM_TRANSPORT_TIMEOUT,
	MM_TRANSPORT_CONNECTION_LOST,
	MM_TRANSPORT_OTHER
};

/* Codes inside MM_ERROR_PROVIDER: whether retrying can help. */
enum {
	MM_PROVIDER_BY_HTTP_STATUS = 0, /* 429 and 5xx retryable, other statuses not */
	MM_PROVIDER_TRANSIENT,          /* e.g. an SMTP 4xx reply */
	MM_PROVIDER_PERMANENT           /* e.g. an SMTP 5xx reply */
};

#define MM_ERROR_MESSAGE_MAX 512
#define MM_ERROR_PROVIDER_CODE_MAX 64

typedef struct {
	mm_error_domain domain;
	int code;
	/* Provider errors only: HTTP (or SMTP) status, the provider's own error
	 * code as text (empty when it sent none) and its message. */
	long status;
	bool provider_code_is_int;
	char provider_code[MM_ERROR_PROVIDER_CODE_MAX];
	char provider_message[MM_ERROR_MESSAGE_MAX];
	/* Provider errors only: the seconds of a Retry-After answer header. */
	bool has_retry_after;
	long retry_after_seconds;
	/* Transport errors only: the request may have reached the peer. */
	bool outcome_unknown;
	char message[MM_ERROR_MESSAGE_MAX];
} mm_error;

void mm_error_clear(mm_error* err);
bool mm_error_is_set(const mm_error* err);

/* Sets domain, code and a printf-formatted message (truncated to fit).
 * Returns false so callers can write `return mm_error_set(...)`. */
bool mm_error_set(mm_error* err, mm_error_domain domain, int code, const char* fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Writes value as a single-quoted, printable excerpt into out (NUL
 * terminated): control bytes become \r, \n, \t, \0 or \xNN, a quote or
 * backslash gets a backslash, and long values are cut with "...". For quoting
 * offending input in messages; never pass a secret. */
void mm_quote(char* out, size_t out_size, const char* value, size_t len);

#endif
