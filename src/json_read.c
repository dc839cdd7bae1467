#include "json_read.h"

#include <limits.h>
#include <string.h>

#include "buffer.h"
#include "json_write.h"
#include "mm_alloc.h"
#include "text.h"

#define NO_KEY ((size_t)-1)

/* Values are stored in document order (pre-order), so a container's first
 * child is the next slot and its next sibling is `span` slots further: the
 * tree needs no pointers and one allocation grows for all of it. */
struct mm_json_value {
	mm_json_type type;
	size_t span;  /* slots of this value and all its descendants */
	size_t count; /* elements or members */
	size_t key_off, key_len;
	size_t str_off, str_len;
	const char* key; /* set once parsing is done */
	const char* str;
};

struct mm_json_doc {
	mm_json_value* values;
	size_t count;
	size_t cap;
	mm_buf strings; /* decoded strings and number texts, each NUL-terminated */
};

typedef struct {
	const char* text;
	size_t len;
	size_t pos;
	mm_json_doc* doc;
	mm_error* err;
} parser;

static bool fail(parser* ps, const char* reason)
{
	return mm_error_set(ps->err, MM_ERROR_INVALID_ARGUMENT, 0, "Invalid JSON at offset %zu: %s", ps->pos, reason);
}

static bool out_of_memory(parser* ps) { return mm_error_set(ps->err, MM_ERROR_INTERNAL, 0, "Out of memory"); }

static void skip_space(parser* ps)
{
	while (ps->pos < ps->len) {
		char c = ps->text[ps->pos];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
			return;
		}
		ps->pos++;
	}
}

/* Claims the next slot; returns its index or NO_KEY on failure. */
static size_t new_value(parser* ps, mm_json_type type, size_t key_off, size_t key_len)
{
	mm_json_doc* doc = ps->doc;
	mm_json_value* v;

	if (doc->count >= MM_JSON_MAX_VALUES) {
		fail(ps, "too many values");
		return NO_KEY;
	}
	if (doc->count == doc->cap) {
		size_t cap = doc->cap ? doc->cap * 2 : 16;
		mm_json_value* grown = mm_realloc(doc->values, cap * sizeof(*grown));
		if (!grown) {
			out_of_memory(ps);
			return NO_KEY;
		}
		doc->values = grown;
		doc->cap = cap;
	}
	v = &doc->values[doc->count];
	memset(v, 0, sizeof(*v));
	v->type = type;
	v->span = 1;
	v->key_off = key_off;
	v->key_len = key_len;
	return doc->count++;
}

/* Reads the 4 hex digits of a \u escape at pos; -1 when malformed. */
static long read_hex4(parser* ps)
{
	long v = 0;
	int i;

	if (ps->len - ps->pos < 4) {
		return -1;
	}
	for (i = 0; i < 4; i++) {
		int h = mm_text_hex_value(ps->text[ps->pos + (size_t)i]);
		if (h < 0) {
			return -1;
		}
		v = v * 16 + h;
	}
	ps->pos += 4;
	return v;
}

static void append_utf8(mm_buf* out, unsigned long cp)
{
	char b[4];
	size_t n;

	if (cp < 0x80) {
		b[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		b[0] = (char)(0xF0 | (cp >> 18));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	mm_buf_append(out, b, n);
}

/* After the backslash and 'u': one code point, a surrogate pair taking a
 * second \u escape (RFC 8259 §7). */
static bool parse_unicode_escape(parser* ps)
{
	long hi = read_hex4(ps), lo;

	if (hi < 0) {
		return fail(ps, "bad \\u escape");
	}
	if (hi >= 0xDC00 && hi <= 0xDFFF) {
		return fail(ps, "lone low surrogate");
	}
	if (hi >= 0xD800 && hi <= 0xDBFF) {
		if (ps->len - ps->pos < 2 || ps->text[ps->pos] != '\\' || ps->text[ps->pos + 1] != 'u') {
			return fail(ps, "lone high surrogate");
		}
		ps->pos += 2;
		lo = read_hex4(ps);
		if (lo < 0xDC00 || lo > 0xDFFF) {
			return fail(ps, "lone high surrogate");
		}
		append_utf8(
		    &ps->doc->strings, 0x10000 + (((unsigned long)hi - 0xD800) << 10) + ((unsigned long)lo - 0xDC00));
		return true;
	}
	append_utf8(&ps->doc->strings, (unsigned long)hi);
	return true;
}

/* At the opening quote; decodes into the strings buffer. */
static bool parse_string(parser* ps, size_t* off, size_t* len)
{
	mm_buf* out = &ps->doc->strings;

	*off = out->len;
	ps->pos++;
	for (;;) {
		size_t run = ps->pos;
		unsigned char c;

		while (ps->pos < ps->len) {
			c = (unsigned char)ps->text[ps->pos];
			if (c < 0x20 || c == '"' || c == '\\') {
				break;
			}
			if (c < 0x80) {
				ps->pos++;
			} else {
				size_t n = mm_json_utf8_sequence_len(ps->text + ps->pos, ps->len - ps->pos);
				if (n == 0) {
					return fail(ps, "invalid UTF-8");
				}
				ps->pos += n;
			}
		}
		mm_buf_append(out, ps->text + run, ps->pos - run);
		if (ps->pos >= ps->len) {
			return fail(ps, "unterminated string");
		}
		c = (unsigned char)ps->text[ps->pos];
		if (c == '"') {
			ps->pos++;
			break;
		}
		if (c < 0x20) {
			return fail(ps, "unescaped control character in string");
		}
		/* A backslash. */
		if (++ps->pos >= ps->len) {
			return fail(ps, "unterminated string");
		}
		c = (unsigned char)ps->text[ps->pos++];
		switch (c) {
		case '"': mm_buf_append_char(out, '"'); break;
		case '\\': mm_buf_append_char(out, '\\'); break;
		case '/': mm_buf_append_char(out, '/'); break;
		case 'b': mm_buf_append_char(out, '\b'); break;
		case 'f': mm_buf_append_char(out, '\f'); break;
		case 'n': mm_buf_append_char(out, '\n'); break;
		case 'r': mm_buf_append_char(out, '\r'); break;
		case 't': mm_buf_append_char(out, '\t'); break;
		case 'u':
			if (!parse_unicode_escape(ps)) {
				return false;
			}
			break;
		default: ps->pos--; return fail(ps, "bad escape");
		}
	}
	*len = out->len - *off;
	mm_buf_append_char(out, '\0');
	return out->failed ? out_of_memory(ps) : true;
}

static size_t skip_digits(parser* ps)
{
	size_t start = ps->pos;

	while (ps->pos < ps->len && ps->text[ps->pos] >= '0' && ps->text[ps->pos] <= '9') {
		ps->pos++;
	}
	return ps->pos - start;
}

/* RFC 8259 §6: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static bool parse_number(parser* ps, mm_json_value* v)
{
	size_t start = ps->pos;
	mm_buf* out = &ps->doc->strings;

	if (ps->text[ps->pos] == '-') {
		ps->pos++;
	}
	if (ps->pos < ps->len && ps->text[ps->pos] == '0') {
		ps->pos++;
	} else if (skip_digits(ps) == 0) {
		return fail(ps, "bad number");
	}
	if (ps->pos < ps->len && ps->text[ps->pos] == '.') {
		ps->pos++;
		if (skip_digits(ps) == 0) {
			return fail(ps, "bad number");
		}
	}
	if (ps->pos < ps->len && (ps->text[ps->pos] == 'e' || ps->text[ps->pos] == 'E')) {
		ps->pos++;
		if (ps->pos < ps->len && (ps->text[ps->pos] == '+' || ps->text[ps->pos] == '-')) {
			ps->pos++;
		}
		if (skip_digits(ps) == 0) {
			return fail(ps, "bad number");
		}
	}
	v->str_off = out->len;
	v->str_len = ps->pos - start;
	mm_buf_append(out, ps->text + start, v->str_len);
	mm_buf_append_char(out, '\0');
	return out->failed ? out_of_memory(ps) : true;
}

static bool parse_literal(parser* ps, const char* word, mm_json_type type, size_t key_off, size_t key_len)
{
	size_t n = strlen(word);

	if (ps->len - ps->pos < n || memcmp(ps->text + ps->pos, word, n) != 0) {
		return fail(ps, "unexpected character");
	}
	ps->pos += n;
	return new_value(ps, type, key_off, key_len) != NO_KEY;
}

static bool parse_value(parser* ps, unsigned depth, size_t key_off, size_t key_len);

/* At '[' or '{'; elements are parsed one level deeper. */
static bool parse_container(parser* ps, unsigned depth, size_t key_off, size_t key_len)
{
	bool is_object = ps->text[ps->pos] == '{';
	char close = is_object ? '}' : ']';
	size_t idx, count = 0;

	if (depth >= MM_JSON_MAX_DEPTH) {
		return fail(ps, "nesting too deep");
	}
	idx = new_value(ps, is_object ? MM_JSON_OBJECT : MM_JSON_ARRAY, key_off, key_len);
	if (idx == NO_KEY) {
		return false;
	}
	ps->pos++;
	skip_space(ps);
	if (ps->pos < ps->len && ps->text[ps->pos] == close) {
		ps->pos++;
		return true;
	}
	for (;;) {
		size_t member_off = NO_KEY, member_len = 0;

		skip_space(ps);
		if (is_object) {
			if (ps->pos >= ps->len || ps->text[ps->pos] != '"') {
				return fail(ps, "expected a member name");
			}
			if (!parse_string(ps, &member_off, &member_len)) {
				return false;
			}
			skip_space(ps);
			if (ps->pos >= ps->len || ps->text[ps->pos] != ':') {
				return fail(ps, "expected ':'");
			}
			ps->pos++;
		}
		if (!parse_value(ps, depth + 1, member_off, member_len)) {
			return false;
		}
		count++;
		skip_space(ps);
		if (ps->pos < ps->len && ps->text[ps->pos] == ',') {
			ps->pos++;
			continue;
		}
		if (ps->pos < ps->len && ps->text[ps->pos] == close) {
			ps->pos++;
			break;
		}
		return fail(ps, is_object ? "expected ',' or '}'" : "expected ',' or ']'");
	}
	ps->doc->values[idx].count = count;
	ps->doc->values[idx].span = ps->doc->count - idx;
	return true;
}

static bool parse_value(parser* ps, unsigned depth, size_t key_off, size_t key_len)
{
	size_t idx;

	skip_space(ps);
	if (ps->pos >= ps->len) {
		return fail(ps, "unexpected end of input");
	}
	switch (ps->text[ps->pos]) {
	case '{':
	case '[': return parse_container(ps, depth, key_off, key_len);
	case '"':
		idx = new_value(ps, MM_JSON_STRING, key_off, key_len);
		return idx != NO_KEY && parse_string(ps, &ps->doc->values[idx].str_off, &ps->doc->values[idx].str_len);
	case 't': return parse_literal(ps, "true", MM_JSON_TRUE, key_off, key_len);
	case 'f': return parse_literal(ps, "false", MM_JSON_FALSE, key_off, key_len);
	case 'n': return parse_literal(ps, "null", MM_JSON_NULL, key_off, key_len);
	default:
		if (ps->text[ps->pos] == '-' || (ps->text[ps->pos] >= '0' && ps->text[ps->pos] <= '9')) {
			idx = new_value(ps, MM_JSON_NUMBER, key_off, key_len);
			return idx != NO_KEY && parse_number(ps, &ps->doc->values[idx]);
		}
		return fail(ps, "unexpected character");
	}
}

mm_json_doc* mm_json_parse(const char* text, size_t len, mm_error* err)
{
	parser ps;
	mm_json_doc* doc;
	size_t i;

	if (len > MM_JSON_MAX_INPUT) {
		mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "Invalid JSON: the document is larger than %u bytes",
		    MM_JSON_MAX_INPUT);
		return NULL;
	}
	doc = mm_calloc(1, sizeof(*doc));
	if (!doc) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
		return NULL;
	}
	mm_buf_init(&doc->strings);
	ps.text = text ? text : "";
	ps.len = text ? len : 0;
	ps.pos = 0;
	ps.doc = doc;
	ps.err = err;
	if (!parse_value(&ps, 0, NO_KEY, 0)) {
		mm_json_free(doc);
		return NULL;
	}
	skip_space(&ps);
	if (ps.pos != ps.len) {
		fail(&ps, "unexpected data after the value");
		mm_json_free(doc);
		return NULL;
	}
	/* The strings buffer has stopped moving: offsets become pointers. */
	for (i = 0; i < doc->count; i++) {
		mm_json_value* v = &doc->values[i];
		v->key = v->key_off == NO_KEY ? NULL : doc->strings.data + v->key_off;
		if (v->type == MM_JSON_STRING || v->type == MM_JSON_NUMBER) {
			v->str = doc->strings.data + v->str_off;
		}
	}
	return doc;
}

void mm_json_free(mm_json_doc* doc)
{
	if (!doc) {
		return;
	}
	mm_free(doc->values);
	mm_buf_free(&doc->strings);
	mm_free(doc);
}

const mm_json_value* mm_json_root(const mm_json_doc* doc) { return doc && doc->count ? &doc->values[0] : NULL; }

mm_json_type mm_json_type_of(const mm_json_value* v) { return v ? v->type : (mm_json_type)0; }

size_t mm_json_count(const mm_json_value* v)
{
	return v && (v->type == MM_JSON_ARRAY || v->type == MM_JSON_OBJECT) ? v->count : 0;
}

const mm_json_value* mm_json_at(const mm_json_value* v, size_t i)
{
	const mm_json_value* child;
	size_t k;

	if (i >= mm_json_count(v)) {
		return NULL;
	}
	child = v + 1;
	for (k = 0; k < i; k++) {
		child += child->span;
	}
	return child;
}

const mm_json_value* mm_json_get(const mm_json_value* v, const char* name)
{
	const mm_json_value *child, *found = NULL;
	size_t name_len, k;

	if (!v || v->type != MM_JSON_OBJECT || !name) {
		return NULL;
	}
	name_len = strlen(name);
	child = v + 1;
	for (k = 0; k < v->count; k++) {
		if (child->key_len == name_len && memcmp(child->key, name, name_len) == 0) {
			found = child;
		}
		child += child->span;
	}
	return found;
}

const char* mm_json_key_of(const mm_json_value* v, size_t* len)
{
	if (!v || !v->key) {
		return NULL;
	}
	if (len) {
		*len = v->key_len;
	}
	return v->key;
}

bool mm_json_get_string(const mm_json_value* v, const char** s, size_t* len)
{
	if (!v || v->type != MM_JSON_STRING) {
		return false;
	}
	*s = v->str;
	*len = v->str_len;
	return true;
}

bool mm_json_get_number_text(const mm_json_value* v, const char** s, size_t* len)
{
	if (!v || v->type != MM_JSON_NUMBER) {
		return false;
	}
	*s = v->str;
	*len = v->str_len;
	return true;
}

bool mm_json_get_int(const mm_json_value* v, long long* out)
{
	unsigned long long acc = 0, limit;
	bool negative;
	size_t i;

	if (!v || v->type != MM_JSON_NUMBER) {
		return false;
	}
	negative = v->str[0] == '-';
	limit = negative ? (unsigned long long)LLONG_MAX + 1 : (unsigned long long)LLONG_MAX;
	for (i = negative ? 1 : 0; i < v->str_len; i++) {
		unsigned d;
		if (v->str[i] < '0' || v->str[i] > '9') {
			return false; /* a fraction or an exponent */
		}
		d = (unsigned)(v->str[i] - '0');
		if (acc > (limit - d) / 10) {
			return false;
		}
		acc = acc * 10 + d;
	}
	if (negative) {
		*out = acc == 0 ? 0 : -(long long)(acc - 1) - 1;
	} else {
		*out = (long long)acc;
	}
	return true;
}

bool mm_json_get_bool(const mm_json_value* v, bool* out)
{
	if (!v || (v->type != MM_JSON_TRUE && v->type != MM_JSON_FALSE)) {
		return false;
	}
	*out = v->type == MM_JSON_TRUE;
	return true;
}

bool mm_json_is_truthy(const mm_json_value* v)
{
	size_t i;

	switch (mm_json_type_of(v)) {
	case MM_JSON_TRUE: return true;
	case MM_JSON_NUMBER:
		/* Non-zero when a mantissa digit is; the exponent cannot change that. */
		for (i = 0; i < v->str_len && v->str[i] != 'e' && v->str[i] != 'E'; i++) {
			if (v->str[i] >= '1' && v->str[i] <= '9') {
				return true;
			}
		}
		return false;
	case MM_JSON_STRING: return !(v->str_len == 0 || (v->str_len == 1 && v->str[0] == '0'));
	case MM_JSON_ARRAY:
	case MM_JSON_OBJECT: return v->count > 0;
	default: return false;
	}
}
