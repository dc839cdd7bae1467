/* replaced by json_read when merged */
#include "json_peek.h"

#include <string.h>

typedef struct {
	const char* p;
	const char* end;
} cursor;

static void skip_ws(cursor* c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r')) {
		c->p++;
	}
}

static int hex_value(char h)
{
	if (h >= '0' && h <= '9') {
		return h - '0';
	}
	if (h >= 'a' && h <= 'f') {
		return h - 'a' + 10;
	}
	if (h >= 'A' && h <= 'F') {
		return h - 'A' + 10;
	}
	return -1;
}

static bool read_hex4(cursor* c, unsigned long* out)
{
	int i;

	*out = 0;
	if (c->end - c->p < 4) {
		return false;
	}
	for (i = 0; i < 4; i++) {
		int v = hex_value(c->p[i]);
		if (v < 0) {
			return false;
		}
		*out = (*out << 4) | (unsigned long)v;
	}
	c->p += 4;
	return true;
}

static void append_utf8(mm_buf* out, unsigned long cp)
{
	char b[4];

	if (cp < 0x80) {
		mm_buf_append_char(out, (char)cp);
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		mm_buf_append(out, b, 2);
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		mm_buf_append(out, b, 3);
	} else {
		b[0] = (char)(0xF0 | (cp >> 18));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F));
		mm_buf_append(out, b, 4);
	}
}

/* Reads a string starting at '"'; decodes into out when out is not NULL. */
static bool read_string(cursor* c, mm_buf* out)
{
	if (c->p >= c->end || *c->p != '"') {
		return false;
	}
	c->p++;
	while (c->p < c->end) {
		unsigned char ch = (unsigned char)*c->p++;
		unsigned long cp, low;

		if (ch == '"') {
			return true;
		}
		if (ch < 0x20) {
			return false;
		}
		if (ch != '\\') {
			if (out) {
				mm_buf_append_char(out, (char)ch);
			}
			continue;
		}
		if (c->p >= c->end) {
			return false;
		}
		ch = (unsigned char)*c->p++;
		switch (ch) {
		case '"': case '\\': case '/': cp = ch; break;
		case 'b': cp = '\b'; break;
		case 'f': cp = '\f'; break;
		case 'n': cp = '\n'; break;
		case 'r': cp = '\r'; break;
		case 't': cp = '\t'; break;
		case 'u':
			if (!read_hex4(c, &cp)) {
				return false;
			}
			if (cp >= 0xD800 && cp <= 0xDBFF && c->end - c->p >= 6 && c->p[0] == '\\' && c->p[1] == 'u') {
				cursor look = { c->p + 2, c->end };
				if (read_hex4(&look, &low) && low >= 0xDC00 && low <= 0xDFFF) {
					cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
					c->p = look.p;
				}
			}
			if (cp >= 0xD800 && cp <= 0xDFFF) {
				cp = 0xFFFD; /* a lone surrogate */
			}
			break;
		default:
			return false;
		}
		if (out) {
			append_utf8(out, cp);
		}
	}
	return false;
}

static bool read_digits(cursor* c)
{
	const char* start = c->p;

	while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
		c->p++;
	}
	return c->p > start;
}

static bool read_number(cursor* c)
{
	if (c->p < c->end && *c->p == '-') {
		c->p++;
	}
	if (c->p < c->end && *c->p == '0') {
		c->p++;
	} else if (!read_digits(c)) {
		return false;
	}
	if (c->p < c->end && *c->p == '.') {
		c->p++;
		if (!read_digits(c)) {
			return false;
		}
	}
	if (c->p < c->end && (*c->p == 'e' || *c->p == 'E')) {
		c->p++;
		if (c->p < c->end && (*c->p == '+' || *c->p == '-')) {
			c->p++;
		}
		if (!read_digits(c)) {
			return false;
		}
	}
	return true;
}

/* Skips an object or array by counting brackets (no recursion, no depth limit needed). */
static bool skip_nested(cursor* c)
{
	size_t depth = 0;

	while (c->p < c->end) {
		char ch = *c->p;
		if (ch == '"') {
			if (!read_string(c, NULL)) {
				return false;
			}
			continue;
		}
		c->p++;
		if (ch == '{' || ch == '[') {
			depth++;
		} else if (ch == '}' || ch == ']') {
			if (--depth == 0) {
				return true;
			}
		}
	}
	return false;
}

static bool read_literal(cursor* c, const char* word)
{
	size_t n = strlen(word);

	if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0) {
		return false;
	}
	c->p += n;
	return true;
}

/* Reads any value; when wanted, records its kind and (string/number) bytes. */
static bool read_value(cursor* c, bool wanted, mm_json_peek_kind* kind, mm_buf* value)
{
	const char* start = c->p;

	if (c->p >= c->end) {
		return false;
	}
	if (wanted) {
		mm_buf_reset(value);
	}
	switch (*c->p) {
	case '"':
		if (wanted) {
			*kind = MM_JSON_PEEK_STRING;
		}
		return read_string(c, wanted ? value : NULL);
	case '{': case '[':
		if (wanted) {
			*kind = MM_JSON_PEEK_OTHER;
		}
		return skip_nested(c);
	case 't': case 'f': case 'n':
		if (wanted) {
			*kind = MM_JSON_PEEK_OTHER;
		}
		return read_literal(c, "true") || read_literal(c, "false") || read_literal(c, "null");
	default:
		if (!read_number(c)) {
			return false;
		}
		if (wanted) {
			*kind = MM_JSON_PEEK_NUMBER;
			mm_buf_append(value, start, (size_t)(c->p - start));
		}
		return true;
	}
}

bool mm_json_peek_member(const char* body, size_t len, const char* name, mm_json_peek_kind* kind, mm_buf* value)
{
	cursor c = { body, body + len };
	size_t name_len = strlen(name);
	mm_buf key;
	bool ok = false;

	*kind = MM_JSON_PEEK_ABSENT;
	mm_buf_reset(value);
	mm_buf_init(&key);
	skip_ws(&c);
	if (c.p >= c.end || *c.p != '{') {
		goto cleanup;
	}
	c.p++;
	skip_ws(&c);
	if (c.p < c.end && *c.p == '}') {
		c.p++;
	} else {
		for (;;) {
			bool wanted;
			mm_buf_reset(&key);
			skip_ws(&c);
			if (!read_string(&c, &key)) {
				goto cleanup;
			}
			skip_ws(&c);
			if (c.p >= c.end || *c.p != ':') {
				goto cleanup;
			}
			c.p++;
			skip_ws(&c);
			wanted = key.len == name_len && (name_len == 0 || memcmp(key.data, name, name_len) == 0);
			if (!read_value(&c, wanted, kind, value)) {
				goto cleanup;
			}
			skip_ws(&c);
			if (c.p < c.end && *c.p == ',') {
				c.p++;
				continue;
			}
			if (c.p < c.end && *c.p == '}') {
				c.p++;
				break;
			}
			goto cleanup;
		}
	}
	skip_ws(&c);
	ok = c.p == c.end && !key.failed && !value->failed;
cleanup:
	mm_buf_free(&key);
	if (!ok) {
		*kind = MM_JSON_PEEK_ABSENT;
		mm_buf_reset(value);
	}
	return ok;
}
