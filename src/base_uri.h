/* Base URIs of HTTP providers ("https://api.mailgun.net", or a mock at
 * "http://127.0.0.1:8025/prefix"): checked once, then joined with request
 * paths. Plain http is allowed only towards a loopback host, so a typo can
 * never send an API key over the network in clear text. */
#ifndef MM_BASE_URI_H
#define MM_BASE_URI_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"
#include "mm_error.h"

typedef struct {
	/* Owned, NUL-terminated, normalized: scheme and host lower-case, no
	 * trailing '/', e.g. "https://api.mailgun.net" or "http://[::1]:80/x". */
	char* text;
	size_t len;
	bool https;
	size_t host_off, host_len; /* inside text; an IPv6 host keeps its brackets */
	unsigned port;             /* 0 when the URI names none */
	size_t path_off;           /* the path prefix runs from here to len (may be empty) */
} mm_base_uri;

/* Parses scheme://host[:port][/path-prefix]. Scheme https, or http only for
 * 127.0.0.0/8, "localhost" and [::1]. Rejected: '@' anywhere (user-info;
 * the value is then never quoted, it may hold a password), query,
 * fragment, empty host, port outside 1-65535, whitespace, control and
 * non-ASCII bytes, "." and ".." path segments. Trailing slashes are
 * stripped. On success out owns memory: mm_base_uri_free. */
bool mm_base_uri_parse(const char* text, size_t len, mm_base_uri* out, mm_error* err);

/* Like mm_base_uri_parse for "https://" + host, where host is a bare
 * host name with an optional ":port" (the original's `api-hostname`
 * option), so a '/' cannot smuggle in a path. */
bool mm_base_uri_parse_host(const char* host, size_t len, mm_base_uri* out, mm_error* err);

/* A DNS-style name of 1-253 bytes: labels of letters, digits and '-', no
 * empty label (so no "..", no leading or trailing '.'). */
bool mm_base_uri_is_dns_name(const char* s, size_t len);

/* Frees the text; accepts a zeroed or already freed value. */
void mm_base_uri_free(mm_base_uri* uri);

/* Appends the base followed by path, which must start with '/'. */
bool mm_base_uri_join(const mm_base_uri* base, const char* path, size_t path_len, mm_buf* out);

#endif
