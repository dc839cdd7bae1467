#include "base_uri.h"

#include <stdio.h>
#include <string.h>

#include "mm_alloc.h"
#include "text.h"

#define QUOTE_MAX 160

static bool fail(mm_error* err, const char* text, size_t len, const char* what)
{
	char quoted[QUOTE_MAX];

	mm_quote(quoted, sizeof(quoted), text, len);
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "Base URI %s, %s given", what, quoted);
}

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

static bool is_alnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

static bool prefix_ci(const char* s, size_t len, const char* prefix)
{
	size_t n = strlen(prefix), i;

	if (len < n) {
		return false;
	}
	for (i = 0; i < n; i++) {
		if (lower(s[i]) != prefix[i]) {
			return false;
		}
	}
	return true;
}

bool mm_base_uri_is_dns_name(const char* s, size_t len)
{
	size_t i, label = 0;

	if (len == 0 || len > 253) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '.') {
			if (label == 0) {
				return false;
			}
			label = 0;
		} else if (is_alnum(s[i]) || s[i] == '-') {
			label++;
		} else {
			return false;
		}
	}
	return label > 0;
}

/* An IPv6 literal's inside: hex digits, ':' and '.' (for a trailing IPv4
 * part); full validation is the transport resolver's job. */
static bool is_ipv6_literal(const char* s, size_t len)
{
	size_t i;
	bool colon = false;

	if (len < 2 || len > 45) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == ':') {
			colon = true;
		} else if (mm_text_hex_value(s[i]) < 0 && s[i] != '.') {
			return false;
		}
	}
	return colon;
}

/* 127.0.0.0/8 as four plain decimal parts; leading zeros are refused since
 * some resolvers read them as octal. */
static bool is_ipv4_loopback(const char* s, size_t len)
{
	unsigned parts[4];
	size_t i = 0, n;

	for (n = 0; n < 4; n++) {
		size_t start = i;
		unsigned v = 0;
		while (i < len && s[i] >= '0' && s[i] <= '9' && i - start < 3) {
			v = v * 10 + (unsigned)(s[i] - '0');
			i++;
		}
		if (i == start || v > 255 || (i - start > 1 && s[start] == '0')) {
			return false;
		}
		parts[n] = v;
		if (n < 3) {
			if (i >= len || s[i] != '.') {
				return false;
			}
			i++;
		}
	}
	return i == len && parts[0] == 127;
}

static bool is_loopback(const char* host, size_t len)
{
	return (len == 9 && prefix_ci(host, len, "localhost")) || (len == 5 && memcmp(host, "[::1]", 5) == 0) ||
	    is_ipv4_loopback(host, len);
}

/* RFC 3986 pchar (minus '@', refused earlier) plus '/'. */
static bool check_path(const char* p, size_t len)
{
	size_t i, seg_start = 0;

	for (i = 0; i <= len; i++) {
		if (i == len || p[i] == '/') {
			size_t seg = i - seg_start;
			if (i > 0 && seg == 0) {
				return false; /* "//" */
			}
			if ((seg == 1 && p[seg_start] == '.') || (seg == 2 && memcmp(p + seg_start, "..", 2) == 0)) {
				return false;
			}
			seg_start = i + 1;
			continue;
		}
		if (p[i] == '%') {
			if (i + 2 >= len || mm_text_hex_value(p[i + 1]) < 0 || mm_text_hex_value(p[i + 2]) < 0) {
				return false;
			}
			i += 2;
		} else if (!is_alnum(p[i]) && !strchr("-._~!$&'()*+,;=:", p[i])) {
			return false;
		}
	}
	return true;
}

bool mm_base_uri_parse(const char* text, size_t len, mm_base_uri* out, mm_error* err)
{
	const char *auth, *auth_end, *host, *end = text + len, *path;
	size_t host_len, path_len, scheme_len, i;
	unsigned port = 0;
	bool https;
	mm_buf norm;

	memset(out, 0, sizeof(*out));
	/* Checked first so no later message quotes a password. */
	if (memchr(text, '@', len)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "Base URI must not contain user-info ('@'); credentials belong in the adapter options");
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c <= 0x20 || c >= 0x7F) {
			return fail(err, text, len, "must not contain whitespace, control or non-ASCII characters");
		}
	}
	if (memchr(text, '?', len)) {
		return fail(err, text, len, "must not contain a query");
	}
	if (memchr(text, '#', len)) {
		return fail(err, text, len, "must not contain a fragment");
	}
	if (prefix_ci(text, len, "https://")) {
		https = true;
		scheme_len = 8;
	} else if (prefix_ci(text, len, "http://")) {
		https = false;
		scheme_len = 7;
	} else {
		return fail(err, text, len, "must start with https:// (or http:// for a loopback host)");
	}
	auth = text + scheme_len;
	auth_end = memchr(auth, '/', (size_t)(end - auth));
	if (!auth_end) {
		auth_end = end;
	}
	if (auth == auth_end) {
		return fail(err, text, len, "has an empty host");
	}
	host = auth;
	if (*auth == '[') {
		const char* close = memchr(auth, ']', (size_t)(auth_end - auth));
		if (!close || !is_ipv6_literal(auth + 1, (size_t)(close - auth - 1))) {
			return fail(err, text, len, "has a malformed IPv6 host");
		}
		host_len = (size_t)(close - auth) + 1;
	} else {
		const char* colon = memchr(auth, ':', (size_t)(auth_end - auth));
		host_len = (size_t)((colon ? colon : auth_end) - auth);
		if (host_len == 0) {
			return fail(err, text, len, "has an empty host");
		}
		if (!mm_base_uri_is_dns_name(host, host_len)) {
			return fail(err, text, len, "has a malformed host");
		}
	}
	if (host + host_len < auth_end) {
		const char* p = host + host_len;
		size_t digits = (size_t)(auth_end - p) - 1;
		if (*p != ':' || digits == 0 || digits > 5) {
			return fail(err, text, len, "has an invalid port (expected 1-65535)");
		}
		for (p++; p < auth_end; p++) {
			if (*p < '0' || *p > '9') {
				return fail(err, text, len, "has an invalid port (expected 1-65535)");
			}
			port = port * 10 + (unsigned)(*p - '0');
		}
		if (port < 1 || port > 65535) {
			return fail(err, text, len, "has an invalid port (expected 1-65535)");
		}
	}
	if (!https && !is_loopback(host, host_len)) {
		return fail(err, text, len, "may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1])");
	}
	path = auth_end;
	path_len = (size_t)(end - path);
	while (path_len > 0 && path[path_len - 1] == '/') {
		path_len--;
	}
	if (!check_path(path, path_len)) {
		return fail(err, text, len,
		    "has a malformed path (allowed: RFC 3986 characters, no empty, '.' or '..' segments)");
	}

	mm_buf_init(&norm);
	mm_buf_append_str(&norm, https ? "https://" : "http://");
	out->host_off = norm.len;
	for (i = 0; i < host_len; i++) {
		mm_buf_append_char(&norm, lower(host[i]));
	}
	if (port) {
		mm_buf_appendf(&norm, ":%u", port);
	}
	out->path_off = norm.len;
	mm_buf_append(&norm, path, path_len);
	if (norm.failed) {
		mm_buf_free(&norm);
		memset(out, 0, sizeof(*out));
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	out->https = https;
	out->host_len = host_len;
	out->port = port;
	out->text = mm_buf_detach(&norm, &out->len);
	return true;
}

bool mm_base_uri_parse_host(const char* host, size_t len, mm_base_uri* out, mm_error* err)
{
	char quoted[QUOTE_MAX];
	mm_buf uri;
	bool ok;

	memset(out, 0, sizeof(*out));
	if (memchr(host, '@', len)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "API host name must not contain '@'");
	}
	if (len == 0 || memchr(host, '/', len) || memchr(host, '?', len) || memchr(host, '#', len)) {
		mm_quote(quoted, sizeof(quoted), host, len);
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "API host name must be a host name with an optional :port (1-65535), %s given", quoted);
	}
	mm_buf_init(&uri);
	mm_buf_append_str(&uri, "https://");
	mm_buf_append(&uri, host, len);
	if (uri.failed) {
		mm_buf_free(&uri);
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	ok = mm_base_uri_parse(uri.data, uri.len, out, err);
	mm_buf_free(&uri);
	if (!ok && err && err->domain == MM_ERROR_INVALID_ARGUMENT) {
		/* The caller gave a host name, not a base URI: name that, quoting what was given. */
		mm_quote(quoted, sizeof(quoted), host, len);
		mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "API host name must be a host name with an optional :port (1-65535), %s given", quoted);
	}
	return ok;
}

void mm_base_uri_free(mm_base_uri* uri)
{
	mm_free(uri->text);
	memset(uri, 0, sizeof(*uri));
}

bool mm_base_uri_join(const mm_base_uri* base, const char* path, size_t path_len, mm_buf* out)
{
	mm_buf_append(out, base->text, base->len);
	mm_buf_append(out, path, path_len);
	return !out->failed;
}
