/* Shared helpers for the MIME writer's core tests (test_mime.c,
 * test_mime_header.c): a base message, writing and rejection checks, line
 * checks over the written text, and Python's reading of a message through
 * data/mime/parse.py. */
#ifndef MM_TEST_MIME_CHECK_H
#define MM_TEST_MIME_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "address.h"
#include "check.h"
#include "mime.h"
#include "mime_body.h"
#include "mime_header.h"
#include "mm_alloc.h"

#define S(lit) ((mm_str){ (lit), sizeof(lit) - 1 })
#define FIXED_DATE 1733216707 /* Tue, 03 Dec 2024 09:05:07 +0000 */

static inline mm_address addr(const char* text)
{
	mm_address a;
	mm_address_parse(text, strlen(text), &a);
	return a;
}

static mm_address from_addr, to_addr;

/* A message from John to Jane with nothing else set. */
static inline mm_email base_email(void)
{
	mm_email e;

	memset(&e, 0, sizeof(e));
	from_addr = addr("John <john@example.com>");
	to_addr = addr("jane@example.org");
	e.from = &from_addr;
	e.to = &to_addr;
	e.to_count = 1;
	e.subject = S("Hello");
	return e;
}

static inline mm_mime_options fixed_options(void)
{
	mm_mime_options o;
	mm_mime_options_init(&o);
	o.date = FIXED_DATE;
	return o;
}

/* Writes the message; on failure prints the error and returns false. */
static inline bool write_msg(const mm_email* e, const mm_mime_options* o, mm_buf* out)
{
	mm_error err;

	mm_error_clear(&err);
	mm_buf_reset(out);
	if (!mm_mime_write_message(e, o, out, &err)) {
		fprintf(stderr, "write failed: %s\n", err.message);
		return false;
	}
	return true;
}

/* Expects a rejection whose message contains `needle`; out must be unchanged. */
static inline bool rejects_with(const mm_email* e, const mm_mime_options* o, const char* needle)
{
	mm_buf out;
	mm_error err;
	bool ok;

	mm_buf_init(&out);
	mm_buf_append_str(&out, "keep");
	mm_error_clear(&err);
	ok = !mm_mime_write_message(e, o, &out, &err) && err.domain == MM_ERROR_INVALID_ARGUMENT &&
	    strstr(err.message, needle) != NULL && out.len == 4 && strcmp(out.data, "keep") == 0;
	if (!ok) {
		fprintf(stderr, "expected rejection with [%s], got [%s]\n", needle, err.message);
	}
	mm_buf_free(&out);
	return ok;
}

static inline bool rejects(const mm_email* e, const char* needle)
{
	mm_mime_options o = fixed_options();
	return rejects_with(e, &o, needle);
}

/* ---- helpers over the written text ------------------------------------ */

static inline size_t header_end(const mm_buf* m)
{
	const char* p = strstr(m->data, "\r\n\r\n");
	return p ? (size_t)(p - m->data) + 2 : m->len;
}

/* Longest line in [from, to) (CRLF not counted). */
static inline size_t longest_line(const char* s, size_t from, size_t to)
{
	size_t best = 0, start = from, i;

	for (i = from; i < to; i++) {
		if (s[i] == '\n') {
			size_t n = i - start - (i > start && s[i - 1] == '\r');
			best = n > best ? n : best;
			start = i + 1;
		}
	}
	return best;
}

/* Every CR is followed by LF and every LF preceded by CR; no line is a lone ".". */
static inline bool crlf_clean(const mm_buf* m)
{
	size_t i;

	for (i = 0; i < m->len; i++) {
		if (m->data[i] == '\r' && (i + 1 == m->len || m->data[i + 1] != '\n')) {
			return false;
		}
		if (m->data[i] == '\n' && (i == 0 || m->data[i - 1] != '\r')) {
			return false;
		}
	}
	return strstr(m->data, "\r\n.\r\n") == NULL && strncmp(m->data, ".\r\n", 3) != 0;
}

static inline size_t count(const char* hay, const char* needle)
{
	size_t n = 0;
	const char* p = hay;

	while ((p = strstr(p, needle)) != NULL) {
		n++;
		p++;
	}
	return n;
}

/* ---- Python's reading of the message ---------------------------------- */

static inline char* hex(const char* s, size_t len)
{
	static char out[8192];
	size_t i;

	if (len == 0) {
		return strcpy(out, "-");
	}
	for (i = 0; i < len && 2 * i + 2 < sizeof(out); i++) {
		snprintf(out + 2 * i, 3, "%02x", (unsigned char)s[i]);
	}
	return out;
}

static inline char* py_dump(const mm_buf* m)
{
	char path[] = "/tmp/mm_mime_XXXXXX", cmd[256], chunk[4096];
	size_t cap = 1 << 16, len = 0, n;
	char* out = malloc(cap);
	FILE* f;
	int fd = mkstemp(path);

	if (fd < 0 || !out || write(fd, m->data, m->len) != (ssize_t)m->len) {
		abort();
	}
	close(fd);
	/* make -C tests/core runs from tests/core; allow the repository root too. */
	snprintf(cmd, sizeof(cmd), "/usr/bin/python3 %s %s",
	    access("data/mime/parse.py", R_OK) == 0 ? "data/mime/parse.py" : "tests/core/data/mime/parse.py", path);
	f = popen(cmd, "r");
	while (f && (n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			out = realloc(out, cap);
		}
		memcpy(out + len, chunk, n);
		len += n;
	}
	out[len] = '\0';
	if (!f || pclose(f) != 0) {
		fprintf(stderr, "python failed on %s\n", path);
	}
	if (getenv("MM_KEEP")) {
		fprintf(stderr, "kept %s\n", path);
	} else {
		unlink(path);
	}
	return out;
}

/* Whether the dump has the line "<kind> <a> <hex(b)>"; b == NULL: just "<kind> <a>". */
static inline bool has_fact(const char* dump, const char* kind, const char* a, const char* b, size_t b_len)
{
	char line[8400];

	if (b) {
		snprintf(line, sizeof(line), "%s %s %s\n", kind, a, hex(b, b_len));
	} else {
		snprintf(line, sizeof(line), "%s %s\n", kind, a);
	}
	if (strstr(dump, line)) {
		return true;
	}
	fprintf(stderr, "missing fact: %s in\n%s", line, dump);
	return false;
}

static inline bool has_addr(const char* dump, const char* field, const char* name, const char* spec)
{
	char line[1024];

	snprintf(line, sizeof(line), "addr %s %s ", field, hex(name, strlen(name)));
	snprintf(line + strlen(line), sizeof(line) - strlen(line), "%s\n", hex(spec, strlen(spec)));
	if (strstr(dump, line)) {
		return true;
	}
	fprintf(stderr, "missing address: %s in\n%s", line, dump);
	return false;
}

#define HAS_HEADER(dump, name, value) has_fact(dump, "header", name, value, strlen(value))
#define HAS_PART(dump, type, value, len) has_fact(dump, "part", type " -", value, len)

static inline bool headers_folded(const mm_buf* m)
{
	size_t end = header_end(m), start = 0, i;

	for (i = 0; i < end; i++) {
		if (m->data[i] == '\n') {
			size_t n = i - start - 1;
			const char* colon = memchr(m->data + start, ':', n);
			/* A fold point: a space after the first word of the value. */
			const char* from = m->data[start] == ' ' ? m->data + start + 1 :
			    colon ? memchr(colon + 2, ' ', (size_t)(m->data + start + n - colon - 2)) :
			            NULL;
			const char* sp = from ? memchr(from, ' ', (size_t)(m->data + start + n - from)) : NULL;
			if (n > 998 || (n > 78 && sp != NULL && sp < m->data + start + 78)) {
				fprintf(
				    stderr, "header line of %zu: %.*s\n", n, (int)(n > 100 ? 100 : n), m->data + start);
				return false;
			}
			start = i + 1;
		}
	}
	return true;
}

#endif
