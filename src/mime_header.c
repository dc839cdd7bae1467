#include "mime_header.h"

#include <string.h>

#include "encoded_word.h"
#include "text.h"

/* Keeps RFC 2231 continuation lines well under 78 columns. */
#define PARAM_SEGMENT_MAX 50
#define PARAM_SINGLE_MAX 60

static const char hex_upper[] = "0123456789ABCDEF";

static bool is_wsp(char c) { return c == ' ' || c == '\t'; }

bool mm_mime_is_printable_ascii(const char* s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t') || c > 0x7E) {
			return false;
		}
	}
	return true;
}

static bool emit_line(mm_buf* out, const char* line, size_t len, size_t from, size_t to, mm_error* err)
{
	if (to - from > MM_MIME_LINE_HARD_MAX) {
		const char* colon = memchr(line, ':', len);
		char quoted[120];
		mm_quote(quoted, sizeof(quoted), line, colon ? (size_t)(colon - line) : len);
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "Header %s holds a word too long to fold into lines of at most %d characters", quoted,
		    MM_MIME_LINE_HARD_MAX);
	}
	mm_buf_append(out, line + from, to - from);
	mm_buf_append(out, "\r\n", 2);
	return true;
}

bool mm_mime_header_fold(mm_buf* out, const char* line, size_t len, bool structured, mm_error* err)
{
	const char* colon = memchr(line, ':', len);
	size_t start = 0, prev = 0, i;
	bool in_quote = false, escaped = false, seen_word = false;

	/* RFC 5322 §2.2.3: folding inserts CRLF before existing whitespace, so
	 * unfolding gives back the same text; fold only where a word ends, and
	 * not before the first word (readers such as Python's email package
	 * would keep that whitespace as part of the value). */
	for (i = colon ? (size_t)(colon - line) + 1 : len; i <= len; i++) {
		bool fold_point = i == len || (seen_word && !in_quote && is_wsp(line[i]) && !is_wsp(line[i - 1]));
		if (i < len && !is_wsp(line[i])) {
			seen_word = true;
		}
		if (fold_point) {
			if (i - start > MM_MIME_LINE_SOFT_MAX && prev > start) {
				if (!emit_line(out, line, len, start, prev, err)) {
					return false;
				}
				start = prev;
			}
			prev = i;
		}
		if (i < len && structured) {
			char c = line[i];
			if (escaped) {
				escaped = false;
			} else if (in_quote && c == '\\') {
				escaped = true;
			} else if (c == '"') {
				in_quote = !in_quote;
			}
		}
	}
	if (!emit_line(out, line, len, start, len, err)) {
		return false;
	}
	return out->failed ? mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while writing a header") : true;
}

/* A word that must become an encoded word: non-ASCII or control bytes, or
 * text a reader would take for an encoded word and decode. */
static bool word_needs_encoding(const char* w, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c < 0x20 || c >= 0x7F || (c == '=' && i + 1 < len && w[i + 1] == '?')) {
			return true;
		}
	}
	return false;
}

size_t mm_mime_header_room(const mm_buf* line)
{
	return line->len < MM_MIME_LINE_SOFT_MAX ? MM_MIME_LINE_SOFT_MAX - line->len : 0;
}

static size_t word_end(const char* s, size_t len, size_t i)
{
	while (i < len && !is_wsp(s[i])) {
		i++;
	}
	return i;
}

static size_t space_end(const char* s, size_t len, size_t i)
{
	while (i < len && is_wsp(s[i])) {
		i++;
	}
	return i;
}

bool mm_mime_header_append_encoded(mm_buf* out, const char* text, size_t len, mm_encoded_word_encoding enc,
    size_t first_max, const char* what, mm_error* err)
{
	mm_buf probe;
	size_t fit = 0, k = 0;

	if (first_max >= MM_ENCODED_WORD_MAX || len == 0) {
		return mm_encoded_word_append(out, text, len, enc, what, err);
	}
	if (!mm_text_is_utf8(text, len)) {
		/* Let the encoder report it with its own message. */
		return mm_encoded_word_append(out, text, len, enc, what, err);
	}
	/* The longest run of whole characters whose single word fits first_max. */
	mm_buf_init(&probe);
	while (k < len) {
		size_t next = k + 1;
		while (next < len && ((unsigned char)text[next] & 0xC0) == 0x80) {
			next++;
		}
		mm_buf_reset(&probe);
		if (!mm_encoded_word_append(&probe, text, next, enc, what, err)) {
			mm_buf_free(&probe);
			return false;
		}
		if (probe.len > first_max || memchr(probe.data, ' ', probe.len) != NULL) {
			break;
		}
		fit = next;
		k = next;
	}
	mm_buf_free(&probe);
	if (fit > 0) {
		if (!mm_encoded_word_append(out, text, fit, enc, what, err)) {
			return false;
		}
		if (fit == len) {
			return true;
		}
		mm_buf_append_char(out, ' ');
	}
	return mm_encoded_word_append(out, text + fit, len - fit, enc, what, err);
}

bool mm_mime_header_append_text(mm_buf* out, const char* text, size_t len, const char* what, mm_error* err)
{
	size_t i = 0;

	if (!mm_text_is_ascii(text, len) && !mm_text_is_utf8(text, len)) {
		char quoted[160];
		mm_quote(quoted, sizeof(quoted), text, len);
		return mm_error_set(
		    err, MM_ERROR_INVALID_ARGUMENT, 0, "%s must be valid UTF-8, %s given", what, quoted);
	}
	while (i < len) {
		size_t end, next;

		if (is_wsp(text[i])) {
			end = space_end(text, len, i);
			mm_buf_append(out, text + i, end - i);
			i = end;
			continue;
		}
		end = word_end(text, len, i);
		if (!word_needs_encoding(text + i, end - i)) {
			mm_buf_append(out, text + i, end - i);
			i = end;
			continue;
		}
		/* RFC 2047 §6.2: space between two encoded words is dropped when
		 * decoding, so neighbouring words that need encoding share one run
		 * that carries the space between them inside. */
		for (;;) {
			size_t w = space_end(text, len, end);
			if (w == len) {
				break;
			}
			next = word_end(text, len, w);
			if (!word_needs_encoding(text + w, next - w)) {
				break;
			}
			end = next;
		}
		if (!mm_mime_header_append_encoded(out, text + i, end - i, MM_ENCODED_WORD_AUTO,
		        i == 0 ? mm_mime_header_room(out) : MM_ENCODED_WORD_MAX, what, err)) {
			return false;
		}
		i = end;
	}
	return out->failed ? mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while encoding %s", what) : true;
}

/* RFC 2231 §7 attribute-char: a token character other than '*', '\'' and '%'. */
static bool is_attribute_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    (c != 0 && strchr("!#$&+-.^_`|~", c) != NULL);
}

static void append_quoted_escaped(mm_buf* out, const char* s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '"' || s[i] == '\\') {
			mm_buf_append_char(out, '\\');
		}
		mm_buf_append_char(out, s[i]);
	}
}

static unsigned hex_value(char c) { return c <= '9' ? (unsigned)(c - '0') : (unsigned)(c - 'A' + 10); }

/* Characters of v at i that must stay in one segment: a backslash pair of
 * a quoted-string, or every %XX of one UTF-8 character (readers such as
 * Python decode each segment on its own). */
static size_t segment_unit(const char* v, size_t len, size_t i, bool extended)
{
	unsigned lead;

	if (!extended) {
		return v[i] == '\\' && i + 1 < len ? 2 : 1;
	}
	if (v[i] != '%' || i + 2 >= len) {
		return 1;
	}
	lead = hex_value(v[i + 1]) << 4 | hex_value(v[i + 2]);
	return lead >= 0xF0 ? 12 : lead >= 0xE0 ? 9 : lead >= 0xC0 ? 6 : 3;
}

/* Writes value (already escaped or percent-encoded) as RFC 2231
 * continuations of at most PARAM_SEGMENT_MAX characters. */
static void append_continuations(mm_buf* out, const char* name, const char* v, size_t len, bool extended)
{
	size_t i = 0, n = 0;

	while (i < len) {
		size_t end = i;
		while (end < len && end - i < PARAM_SEGMENT_MAX) {
			size_t unit = segment_unit(v, len, end, extended);
			if (end + unit - i > PARAM_SEGMENT_MAX) {
				break;
			}
			end += unit;
		}
		if (extended) {
			mm_buf_appendf(out, "; %s*%zu*=%s", name, n, n == 0 ? "utf-8''" : "");
			mm_buf_append(out, v + i, end - i);
		} else {
			mm_buf_appendf(out, "; %s*%zu=\"", name, n);
			mm_buf_append(out, v + i, end - i);
			mm_buf_append_char(out, '"');
		}
		n++;
		i = end;
	}
}

bool mm_mime_header_append_param(
    mm_buf* out, const char* name, const char* value, size_t len, const char* what, mm_error* err)
{
	mm_buf enc;
	size_t i;
	bool extended = false;

	mm_buf_init(&enc);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)value[i];
		if (c < 0x20 || c > 0x7E) {
			extended = true;
			break;
		}
	}
	if (extended) {
		if (!mm_text_is_utf8(value, len)) {
			char quoted[160];
			mm_quote(quoted, sizeof(quoted), value, len);
			return mm_error_set(
			    err, MM_ERROR_INVALID_ARGUMENT, 0, "%s must be valid UTF-8, %s given", what, quoted);
		}
		for (i = 0; i < len; i++) {
			unsigned char c = (unsigned char)value[i];
			if (is_attribute_char(c)) {
				mm_buf_append_char(&enc, (char)c);
			} else {
				char triplet[3] = { '%', hex_upper[c >> 4], hex_upper[c & 0x0F] };
				mm_buf_append(&enc, triplet, 3);
			}
		}
	} else {
		append_quoted_escaped(&enc, value, len);
	}
	if (enc.failed) {
		mm_buf_free(&enc);
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while encoding %s", what);
	}
	if (strlen(name) + enc.len > PARAM_SINGLE_MAX) {
		append_continuations(out, name, enc.data, enc.len, extended);
	} else if (extended) {
		mm_buf_appendf(out, "; %s*=utf-8''%s", name, enc.data);
	} else {
		mm_buf_appendf(out, "; %s=\"%s\"", name, enc.data ? enc.data : "");
	}
	mm_buf_free(&enc);
	return out->failed ? mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while encoding %s", what) : true;
}

bool mm_mime_header_append_date(mm_buf* out, time_t t)
{
	static const char* const days[] = { "Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed" };
	static const char* const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
		"Nov", "Dec" };
	long long secs = (long long)t;
	long long day = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
	long long rem = secs - day * 86400;
	long long era, z = day + 719468;
	unsigned doe, yoe, doy, mp, d, m;
	long long y;

	/* Days since 1970-01-01 to a civil date (proleptic Gregorian), computed
	 * here because gmtime() is not thread-safe and gmtime_r() not portable. */
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = (long long)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	if (m <= 2) {
		y++;
	}
	return mm_buf_appendf(out, "%s, %02u %s %04lld %02lld:%02lld:%02lld +0000", days[((day % 7) + 7) % 7], d,
	    months[m - 1], y, rem / 3600, rem / 60 % 60, rem % 60);
}
