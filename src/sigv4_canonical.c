#include "sigv4_canonical.h"

#include <stdlib.h>
#include <string.h>

#include "mm_alloc.h"
#include "text.h"

/* One header that takes part in the signature; the name is compared and
 * written lower-cased, `order` keeps repeated names in the order given. */
typedef struct {
	const char* name;
	size_t name_len;
	const char* value;
	size_t value_len;
	size_t order;
} sigv4_header;

/* One query parameter, name and value already RFC 3986 encoded. */
typedef struct {
	const char* name;
	size_t name_len;
	const char* value;
	size_t value_len;
} sigv4_param;

/* The parts of the URL that the signature covers. */
typedef struct {
	const char* host; /* authority, without a default port */
	size_t host_len;
	const char* path;
	size_t path_len;
	const char* query;
	size_t query_len;
} sigv4_url;

static const char hex_upper[] = "0123456789ABCDEF";

static char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

static bool is_unreserved(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
	    c == '.' || c == '~';
}

/* RFC 7230 tchar: what a method or header name may be made of. */
static bool is_tchar(unsigned char c) { return is_unreserved(c) || (c != '\0' && strchr("!#$%&'*+^`|", c) != NULL); }

/* RFC 3986 encoding as AWS wants it: unreserved bytes as they are, every
 * other byte as %XX with upper-case hex; '/' kept when keep_slash. */
static void append_encoded(mm_buf* out, const char* s, size_t len, bool keep_slash)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (is_unreserved(c) || (keep_slash && c == '/')) {
			mm_buf_append_char(out, (char)c);
		} else {
			char esc[3] = { '%', hex_upper[c >> 4], hex_upper[c & 0x0f] };
			mm_buf_append(out, esc, 3);
		}
	}
}

/* Reads the two hex digits of a %XX escape (either case) into out. */
static bool hex_pair(const char* s, unsigned char* out)
{
	static const char digits[] = "0123456789abcdef";
	const char* hi = memchr(digits, ascii_lower(s[0]), 16);
	const char* lo = memchr(digits, ascii_lower(s[1]), 16);

	if (!hi || !lo) {
		return false;
	}
	*out = (unsigned char)(((hi - digits) << 4) | (lo - digits));
	return true;
}

/* Form-style decoding of one query component, as the original's URI parser
 * does: %XX becomes the byte, '+' a space, and a '%' not followed by two hex
 * digits stays literal. */
static void append_decoded(mm_buf* out, const char* s, size_t len)
{
	size_t i;
	unsigned char byte;

	for (i = 0; i < len; i++) {
		if (s[i] == '%' && i + 2 < len && hex_pair(s + i + 1, &byte)) {
			mm_buf_append_char(out, (char)byte);
			i += 2;
		} else if (s[i] == '+') {
			mm_buf_append_char(out, ' ');
		} else {
			mm_buf_append_char(out, s[i]);
		}
	}
}

static int compare_names(const char* a, size_t a_len, const char* b, size_t b_len);

/* ---- input checks ------------------------------------------------------ */

/* Region and service become parts of the '/'-separated credential scope. */
bool mm_sigv4_check_scope_part(const char* s, size_t len, const char* what, mm_error* err)
{
	char quoted[128];
	size_t i;

	if (!s || len == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "AWS %s is empty.", what);
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!is_unreserved(c)) {
			mm_quote(quoted, sizeof(quoted), s, len);
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "AWS %s %s may only contain letters, digits, '-', '_', '.' and '~'.", what, quoted);
		}
	}
	return true;
}

static bool check_method(const char* method, mm_error* err)
{
	char quoted[64];
	size_t i, len = method ? strlen(method) : 0;

	for (i = 0; i < len; i++) {
		if (!is_tchar((unsigned char)method[i])) {
			break;
		}
	}
	if (len == 0 || i < len) {
		mm_quote(quoted, sizeof(quoted), method ? method : "", len);
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "HTTP method %s is not a valid token.", quoted);
	}
	return true;
}

/* Splits an absolute http(s) URL into the signed parts. The host is kept
 * with its port unless the port is the scheme's default, because that is
 * the Host header libcurl sends (spec §5 asks us to sign what is sent). */
static bool parse_url(const char* url, size_t len, sigv4_url* out, mm_error* err)
{
	char quoted[160];
	size_t i, start, end, colon = 0, port_len;
	unsigned long port = 0;
	unsigned long default_port;
	bool have_colon = false;

	memset(out, 0, sizeof(*out));
	mm_quote(quoted, sizeof(quoted), url ? url : "", url ? len : 0);
	if (!url) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "URL to sign is missing.");
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)url[i];
		if (c < 0x20 || c == 0x7f) {
			return mm_error_set(
			    err, MM_ERROR_INVALID_ARGUMENT, 0, "URL to sign %s contains a control character.", quoted);
		}
	}
	if (len >= 8 && compare_names(url, 8, "https://", 8) == 0) {
		start = 8;
		default_port = 443;
	} else if (len >= 7 && compare_names(url, 7, "http://", 7) == 0) {
		start = 7;
		default_port = 80;
	} else {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "URL to sign %s does not start with http:// or https://.", quoted);
	}
	for (end = start; end < len && url[end] != '/' && url[end] != '?' && url[end] != '#'; end++) {
		if (url[end] == '@') {
			return mm_error_set(
			    err, MM_ERROR_INVALID_ARGUMENT, 0, "URL to sign must not contain user information.");
		}
		if (url[end] == ' ') {
			return mm_error_set(
			    err, MM_ERROR_INVALID_ARGUMENT, 0, "URL to sign %s has a space in its host.", quoted);
		}
		if (url[end] == ':') {
			colon = end;
			have_colon = true;
		} else if (url[end] == ']') {
			have_colon = false; /* a colon inside an IPv6 literal is not a port separator */
		}
	}
	if (have_colon) {
		port_len = end - colon - 1;
		for (i = colon + 1; i < end; i++) {
			if (url[i] < '0' || url[i] > '9' || port > 65535) {
				break;
			}
			port = port * 10 + (unsigned long)(url[i] - '0');
		}
		if (port_len == 0 || i < end || port == 0 || port > 65535) {
			return mm_error_set(
			    err, MM_ERROR_INVALID_ARGUMENT, 0, "URL to sign %s has an invalid port.", quoted);
		}
	}
	if (end == start || (have_colon && colon == start)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "URL to sign %s has no host.", quoted);
	}
	out->host = url + start;
	out->host_len = (have_colon && port == default_port) ? colon - start : end - start;

	/* A fragment is never sent, so it is not signed either. */
	for (i = end; i < len && url[i] != '#'; i++) {
	}
	len = i;
	out->path = url + end;
	for (i = end; i < len && url[i] != '?'; i++) {
	}
	out->path_len = i - end;
	if (i < len) {
		out->query = url + i + 1;
		out->query_len = len - i - 1;
	}
	return true;
}

/* ---- canonical request pieces ------------------------------------------- */

static int compare_names(const char* a, size_t a_len, const char* b, size_t b_len)
{
	size_t i, n = a_len < b_len ? a_len : b_len;

	for (i = 0; i < n; i++) {
		unsigned char ca = (unsigned char)ascii_lower(a[i]), cb = (unsigned char)ascii_lower(b[i]);
		if (ca != cb) {
			return ca < cb ? -1 : 1;
		}
	}
	return a_len < b_len ? -1 : (a_len > b_len ? 1 : 0);
}

static int compare_headers(const void* pa, const void* pb)
{
	const sigv4_header* a = pa;
	const sigv4_header* b = pb;
	int c = compare_names(a->name, a->name_len, b->name, b->name_len);

	if (c) {
		return c;
	}
	return a->order < b->order ? -1 : (a->order > b->order ? 1 : 0);
}

static int compare_bytes(const char* a, size_t a_len, const char* b, size_t b_len)
{
	size_t n = a_len < b_len ? a_len : b_len;
	int c = n ? memcmp(a, b, n) : 0;

	if (c) {
		return c;
	}
	return a_len < b_len ? -1 : (a_len > b_len ? 1 : 0);
}

static int compare_params(const void* pa, const void* pb)
{
	const sigv4_param* a = pa;
	const sigv4_param* b = pb;
	int c = compare_bytes(a->name, a->name_len, b->name, b->name_len);

	return c ? c : compare_bytes(a->value, a->value_len, b->value, b->value_len);
}

static bool name_is(const char* name, size_t len, const char* lower)
{
	return compare_names(name, len, lower, strlen(lower)) == 0;
}

/* Appends the header value trimmed at both ends, inner runs of spaces and
 * tabs collapsed to one space (AWS's canonical form). */
static void append_header_value(mm_buf* out, const char* v, size_t len)
{
	size_t i;
	bool pending_space = false, started = false;

	for (i = 0; i < len; i++) {
		if (v[i] == ' ' || v[i] == '\t') {
			pending_space = started;
			continue;
		}
		if (pending_space) {
			mm_buf_append_char(out, ' ');
			pending_space = false;
		}
		mm_buf_append_char(out, v[i]);
		started = true;
	}
}

/* Turns the caller's "Name: value" lines into header entries; returns the
 * count, or fails for a malformed line or a header the signer sets itself. */
static bool collect_headers(const mm_sigv4_request* req, const mm_sigv4_params* p, sigv4_header* out, size_t* count,
    bool* have_host, mm_error* err)
{
	char quoted[96];
	size_t i, n = 0;

	*have_host = false;
	for (i = 0; i < req->header_count; i++) {
		const char* line = req->header_lines[i];
		const char* colon = line ? strchr(line, ':') : NULL;
		size_t name_len, j;
		const char* value;
		size_t value_len;

		if (!colon || colon == line) {
			mm_quote(quoted, sizeof(quoted), line ? line : "",
			    line ? (colon ? (size_t)(colon - line) : strlen(line)) : 0);
			return mm_error_set(
			    err, MM_ERROR_INVALID_ARGUMENT, 0, "Header line %s has no name before ':'.", quoted);
		}
		name_len = (size_t)(colon - line);
		mm_quote(quoted, sizeof(quoted), line, name_len);
		for (j = 0; j < name_len; j++) {
			if (!is_tchar((unsigned char)line[j])) {
				return mm_error_set(
				    err, MM_ERROR_INVALID_ARGUMENT, 0, "Header name %s is not a valid token.", quoted);
			}
		}
		value = colon + 1;
		value_len = strlen(value);
		if (mm_text_find_line_break_or_nul(value, value_len) != value_len) {
			return mm_error_set(
			    err, MM_ERROR_INVALID_ARGUMENT, 0, "Value of header %s contains a line break.", quoted);
		}
		if (name_is(line, name_len, "authorization") || name_is(line, name_len, "x-amz-date") ||
		    name_is(line, name_len, "x-amz-security-token") ||
		    (p->sign_payload && name_is(line, name_len, "x-amz-content-sha256"))) {
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "Header %s is set by the AWS signer and must not be given.", quoted);
		}
		while (value_len && (*value == ' ' || *value == '\t')) {
			value++;
			value_len--;
		}
		while (value_len && (value[value_len - 1] == ' ' || value[value_len - 1] == '\t')) {
			value_len--;
		}
		if (value_len == 0) {
			continue; /* libcurl removes a header given as "Name:", so it is not sent */
		}
		if (name_is(line, name_len, "host")) {
			*have_host = true;
		}
		out[n].name = line;
		out[n].name_len = name_len;
		out[n].value = value;
		out[n].value_len = value_len;
		out[n].order = n;
		n++;
	}
	*count = n;
	return true;
}

static void add_header(sigv4_header* h, size_t* n, const char* name, const char* value, size_t value_len)
{
	h[*n].name = name;
	h[*n].name_len = strlen(name);
	h[*n].value = value;
	h[*n].value_len = value_len;
	h[*n].order = *n;
	(*n)++;
}

/* Writes the canonical header block (each line ending in LF) into creq and
 * the signed-header list into signed_headers. */
static void write_headers(mm_buf* creq, mm_buf* signed_headers, sigv4_header* h, size_t n)
{
	size_t i, j, k;

	qsort(h, n, sizeof(*h), compare_headers);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && compare_names(h[i].name, h[i].name_len, h[j].name, h[j].name_len) == 0; j++) {
		}
		if (i) {
			mm_buf_append_char(signed_headers, ';');
		}
		for (k = 0; k < h[i].name_len; k++) {
			mm_buf_append_char(creq, ascii_lower(h[i].name[k]));
			mm_buf_append_char(signed_headers, ascii_lower(h[i].name[k]));
		}
		mm_buf_append_char(creq, ':');
		for (k = i; k < j; k++) {
			if (k > i) {
				mm_buf_append_char(creq, ',');
			}
			append_header_value(creq, h[k].value, h[k].value_len);
		}
		mm_buf_append_char(creq, '\n');
	}
}

/* Writes the canonical query: every pair decoded, re-encoded per RFC 3986,
 * and sorted by encoded name then encoded value. */
static bool write_query(mm_buf* creq, const char* q, size_t len, mm_error* err)
{
	mm_buf enc, tmp;
	sigv4_param* params = NULL;
	size_t* offsets = NULL;
	size_t count = 0, i, pos, n = 0;
	bool ok = false;

	if (len == 0) {
		return true;
	}
	for (i = 0; i < len; i++) {
		count += q[i] == '&';
	}
	count++;
	mm_buf_init(&enc);
	mm_buf_init(&tmp);
	params = mm_calloc(count, sizeof(*params));
	offsets = mm_calloc(count * 4, sizeof(*offsets));
	if (!params || !offsets) {
		goto cleanup;
	}
	/* Encoded names and values go into one buffer; offsets become pointers
	 * once it stops growing. */
	for (pos = 0; pos <= len;) {
		size_t seg_end = pos, eq;
		for (; seg_end < len && q[seg_end] != '&'; seg_end++) {
		}
		if (seg_end > pos) {
			for (eq = pos; eq < seg_end && q[eq] != '='; eq++) {
			}
			offsets[4 * n] = enc.len;
			mm_buf_reset(&tmp);
			append_decoded(&tmp, q + pos, eq - pos);
			append_encoded(&enc, tmp.data ? tmp.data : "", tmp.len, false);
			offsets[4 * n + 1] = enc.len - offsets[4 * n];
			offsets[4 * n + 2] = enc.len;
			mm_buf_reset(&tmp);
			if (eq < seg_end) {
				append_decoded(&tmp, q + eq + 1, seg_end - eq - 1);
			}
			append_encoded(&enc, tmp.data ? tmp.data : "", tmp.len, false);
			offsets[4 * n + 3] = enc.len - offsets[4 * n + 2];
			n++;
		}
		pos = seg_end + 1;
	}
	if (enc.failed || tmp.failed) {
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		params[i].name = enc.data + offsets[4 * i];
		params[i].name_len = offsets[4 * i + 1];
		params[i].value = enc.data + offsets[4 * i + 2];
		params[i].value_len = offsets[4 * i + 3];
	}
	qsort(params, n, sizeof(*params), compare_params);
	for (i = 0; i < n; i++) {
		if (i) {
			mm_buf_append_char(creq, '&');
		}
		mm_buf_append(creq, params[i].name, params[i].name_len);
		mm_buf_append_char(creq, '=');
		mm_buf_append(creq, params[i].value, params[i].value_len);
	}
	ok = true;
cleanup:
	mm_free(params);
	mm_free(offsets);
	mm_buf_free(&enc);
	mm_buf_free(&tmp);
	if (!ok) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while building the AWS canonical query.");
	}
	return true;
}

bool mm_sigv4_canonical_request(const mm_sigv4_request* req, const mm_sigv4_params* p, const char* amz_date,
    const char* payload_hash, mm_buf* creq, mm_buf* signed_headers, mm_error* err)
{
	sigv4_url url;
	sigv4_header* headers;
	size_t header_count = 0;
	bool have_host = false, ok = false;

	if (!check_method(req->method, err) || !parse_url(req->url, req->url_len, &url, err)) {
		return false;
	}
	headers = mm_calloc(req->header_count + 4, sizeof(*headers));
	if (!headers) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while signing an AWS request.");
	}
	if (!collect_headers(req, p, headers, &header_count, &have_host, err)) {
		goto cleanup;
	}
	if (!have_host) {
		add_header(headers, &header_count, "host", url.host, url.host_len);
	}
	add_header(headers, &header_count, "x-amz-date", amz_date, MM_SIGV4_TIMESTAMP_LEN);
	if (p->sign_payload) {
		add_header(headers, &header_count, "x-amz-content-sha256", payload_hash, MM_SIGV4_HEX_LEN);
	}
	if (p->session_token && p->session_token_len) {
		add_header(headers, &header_count, "x-amz-security-token", p->session_token, p->session_token_len);
	}

	/* Reserving the likely size up front keeps the token (when present) from
	 * being left behind in a freed smaller block. */
	mm_buf_reserve(creq,
	    strlen(req->method) + 3 * (url.path_len + url.query_len) + p->session_token_len + 512 +
	        64 * req->header_count);
	mm_buf_append_str(creq, req->method);
	mm_buf_append_char(creq, '\n');
	if (url.path_len == 0) {
		mm_buf_append_char(creq, '/');
	} else {
		append_encoded(creq, url.path, url.path_len, true);
	}
	mm_buf_append_char(creq, '\n');
	if (!write_query(creq, url.query, url.query_len, err)) {
		goto cleanup;
	}
	mm_buf_append_char(creq, '\n');
	write_headers(creq, signed_headers, headers, header_count);
	mm_buf_append_char(creq, '\n');
	mm_buf_append(creq, signed_headers->data, signed_headers->len);
	mm_buf_append_char(creq, '\n');
	mm_buf_append(creq, payload_hash, MM_SIGV4_HEX_LEN);
	if (creq->failed || signed_headers->failed) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while signing an AWS request.");
		goto cleanup;
	}
	ok = true;
cleanup:
	mm_free(headers);
	return ok;
}
