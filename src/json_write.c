#include "json_write.h"

size_t mm_json_utf8_sequence_len(const char* s, size_t len)
{
	const unsigned char* p = (const unsigned char*)s;
	unsigned char c, lo = 0x80, hi = 0xBF;
	size_t need, k;

	if (len == 0) {
		return 0;
	}
	c = p[0];
	if (c < 0x80) {
		return 1;
	}
	/* The second byte's range rules out overlongs, surrogates and > U+10FFFF
	 * (RFC 3629 §4). */
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		lo = c == 0xE0 ? 0xA0 : 0x80;
		hi = c == 0xED ? 0x9F : 0xBF;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF;
	} else {
		return 0;
	}
	if (len <= need || p[1] < lo || p[1] > hi) {
		return 0;
	}
	for (k = 2; k <= need; k++) {
		if ((p[k] & 0xC0) != 0x80) {
			return 0;
		}
	}
	return need + 1;
}

static const char* short_escape(unsigned char c)
{
	switch (c) {
	case '"': return "\\\"";
	case '\\': return "\\\\";
	case '\n': return "\\n";
	case '\r': return "\\r";
	case '\t': return "\\t";
	case '\b': return "\\b";
	case '\f': return "\\f";
	default: return NULL;
	}
}

bool mm_json_append_string(mm_buf* out, const char* s, size_t len, const char* what, mm_error* err)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, run = 0;

	/* Checked first so a failure leaves nothing half-written. */
	while (i < len) {
		size_t n;

		if ((unsigned char)s[i] < 0x80) {
			/* ASCII, the common case, without the sequence decoder's call. */
			i++;
			continue;
		}
		n = mm_json_utf8_sequence_len(s + i, len - i);
		if (n == 0) {
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "%s is not valid UTF-8 (byte 0x%02X at offset %zu)", what, (unsigned char)s[i], i);
		}
		i += n;
	}
	mm_buf_reserve(out, len + 2);
	mm_buf_append_char(out, '"');
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		const char* esc;

		if (c >= 0x20 && c != '"' && c != '\\') {
			continue;
		}
		/* Flush the literal run before this byte, then its escape. */
		mm_buf_append(out, s + run, i - run);
		run = i + 1;
		esc = short_escape(c);
		if (esc) {
			mm_buf_append(out, esc, 2);
		} else {
			char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF] };
			mm_buf_append(out, u, sizeof(u));
		}
	}
	mm_buf_append(out, s + run, len - run);
	mm_buf_append_char(out, '"');
	if (out->failed) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	return true;
}

void mm_json_writer_init(mm_json_writer* w, mm_buf* out)
{
	w->out = out;
	w->depth = 0;
	w->after_key = false;
	w->has_items[0] = false;
}

/* Writes the comma that separates this value from the previous sibling. */
static void value_prefix(mm_json_writer* w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->has_items[w->depth]) {
		mm_buf_append_char(w->out, ',');
	}
	w->has_items[w->depth] = true;
}

static void begin(mm_json_writer* w, char open)
{
	value_prefix(w);
	if (w->depth >= MM_JSON_WRITER_MAX_DEPTH) {
		w->out->failed = true;
		return;
	}
	w->depth++;
	w->has_items[w->depth] = false;
	mm_buf_append_char(w->out, open);
}

static void end(mm_json_writer* w, char close)
{
	if (w->depth > 0) {
		w->depth--;
	}
	mm_buf_append_char(w->out, close);
}

void mm_json_begin_object(mm_json_writer* w) { begin(w, '{'); }

void mm_json_end_object(mm_json_writer* w) { end(w, '}'); }

void mm_json_begin_array(mm_json_writer* w) { begin(w, '['); }

void mm_json_end_array(mm_json_writer* w) { end(w, ']'); }

void mm_json_key(mm_json_writer* w, const char* key)
{
	value_prefix(w);
	mm_buf_append_char(w->out, '"');
	mm_buf_append_str(w->out, key);
	mm_buf_append(w->out, "\":", 2);
	w->after_key = true;
}

bool mm_json_key_string(mm_json_writer* w, const char* key, size_t len, const char* what, mm_error* err)
{
	value_prefix(w);
	if (!mm_json_append_string(w->out, key, len, what, err)) {
		return false;
	}
	mm_buf_append_char(w->out, ':');
	w->after_key = true;
	return true;
}

bool mm_json_string(mm_json_writer* w, const char* s, size_t len, const char* what, mm_error* err)
{
	value_prefix(w);
	return mm_json_append_string(w->out, s, len, what, err);
}

bool mm_json_member_string(
    mm_json_writer* w, const char* key, const char* s, size_t len, const char* what, mm_error* err)
{
	mm_json_key(w, key);
	return mm_json_string(w, s, len, what, err);
}

mm_buf* mm_json_raw_value(mm_json_writer* w)
{
	value_prefix(w);
	return w->out;
}
