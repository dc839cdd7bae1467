#include "aws_xml.h"

#include <string.h>

#include "text.h"

/* Element names longer than this are refused; AWS's are a few dozen bytes. */
#define NAME_MAX_LEN 96

typedef enum {
	FIELD_NONE,
	FIELD_CODE,
	FIELD_MESSAGE,
	FIELD_MESSAGE_ID,
	FIELD_REQUEST_ID
} field;

typedef struct {
	const char* p;
	const char* end;
	mm_aws_xml_fields* out;
	size_t depth;
	char names[MM_AWS_XML_MAX_DEPTH][NAME_MAX_LEN + 1];
	/* The value being collected: which one, the depth of its element, and
	 * where its bytes go. */
	field capture;
	size_t capture_depth;
	char* dst;
	size_t dst_size, dst_len;
	bool truncated;
	bool root_done;
} reader;

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static const char* find(const char* p, const char* end, const char* needle)
{
	size_t n = strlen(needle);

	for (; (size_t)(end - p) >= n; p++) {
		if (memcmp(p, needle, n) == 0) {
			return p;
		}
	}
	return NULL;
}

static bool starts_with(const reader* r, const char* s)
{
	size_t n = strlen(s);
	return (size_t)(r->end - r->p) >= n && memcmp(r->p, s, n) == 0;
}

/* The part of a qualified name after its prefix ("ns:Code" -> "Code"). */
static const char* local_name(const char* name)
{
	const char* colon = strrchr(name, ':');
	return colon ? colon + 1 : name;
}

static void put_byte(reader* r, unsigned char c)
{
	if (r->dst_len + 1 < r->dst_size) {
		r->dst[r->dst_len++] = c < 0x20 || c == 0x7f ? ' ' : (char)c;
	} else {
		r->truncated = true;
	}
}

static void put_bytes(reader* r, const char* s, size_t len)
{
	size_t i;

	if (r->capture == FIELD_NONE) {
		return;
	}
	for (i = 0; i < len; i++) {
		put_byte(r, (unsigned char)s[i]);
	}
}

static void put_code_point(reader* r, unsigned long cp)
{
	unsigned char b[4];
	size_t n, i;

	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (unsigned char)(0xC0 | (cp >> 6));
		b[1] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (unsigned char)(0xE0 | (cp >> 12));
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		b[0] = (unsigned char)(0xF0 | (cp >> 18));
		b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	if (r->capture == FIELD_NONE) {
		return;
	}
	for (i = 0; i < n; i++) {
		put_byte(r, b[i]);
	}
}

/* A character reference body ("#38", "#x26"); false when it names no
 * XML character (XML 1.0 §4.1, §2.2). */
static bool decode_char_ref(const char* s, size_t len, unsigned long* cp)
{
	unsigned long v = 0;
	size_t i = 1;
	bool hex = len > 1 && s[1] == 'x';

	if (hex) {
		i = 2;
	}
	if (i >= len || len - i > 8) {
		return false;
	}
	for (; i < len; i++) {
		int d = hex ? mm_text_hex_value(s[i]) : (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
		if (d < 0) {
			return false;
		}
		v = v * (hex ? 16 : 10) + (unsigned long)d;
	}
	if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || v == 0xFFFE || v == 0xFFFF) {
		return false;
	}
	*cp = v;
	return true;
}

/* Character data up to the next '<': entities decoded into the capture.
 * Outside the root only whitespace is allowed. */
static bool read_text(reader* r)
{
	static const struct {
		const char* name;
		char c;
	} entities[] = { { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' } };
	const char* stop = memchr(r->p, '<', (size_t)(r->end - r->p));
	const char* q;

	if (!stop) {
		stop = r->end;
	}
	if (r->depth == 0) {
		for (q = r->p; q < stop; q++) {
			if (!is_space(*q)) {
				return false;
			}
		}
		r->p = stop;
		return true;
	}
	while (r->p < stop) {
		const char* amp = memchr(r->p, '&', (size_t)(stop - r->p));
		const char* semi;
		size_t i, n;
		unsigned long cp;

		if (!amp) {
			put_bytes(r, r->p, (size_t)(stop - r->p));
			break;
		}
		put_bytes(r, r->p, (size_t)(amp - r->p));
		semi = memchr(amp, ';', (size_t)(stop - amp));
		if (!semi || semi - amp > 12) {
			return false;
		}
		n = (size_t)(semi - amp - 1);
		if (n > 0 && amp[1] == '#') {
			if (!decode_char_ref(amp + 1, n, &cp)) {
				return false;
			}
			put_code_point(r, cp);
		} else {
			for (i = 0; i < sizeof(entities) / sizeof(entities[0]); i++) {
				if (strlen(entities[i].name) == n && memcmp(entities[i].name, amp + 1, n) == 0) {
					break;
				}
			}
			/* No DTD, so no other entity is declared (XML 1.0 §4.1, WFC). */
			if (i == sizeof(entities) / sizeof(entities[0])) {
				return false;
			}
			put_bytes(r, &entities[i].c, 1);
		}
		r->p = semi + 1;
	}
	r->p = stop;
	return true;
}

/* Which value an element starting at this depth would hold, if still wanted. */
static field wanted_field(const reader* r, const char* name)
{
	const mm_aws_xml_fields* out = r->out;
	bool in_error = r->depth > 0 && strcmp(local_name(r->names[r->depth - 1]), "Error") == 0;

	if (in_error && !out->has_code && strcmp(name, "Code") == 0) {
		return FIELD_CODE;
	}
	if (in_error && !out->has_message && strcmp(name, "Message") == 0) {
		return FIELD_MESSAGE;
	}
	if (!out->has_message_id && strcmp(name, "MessageId") == 0) {
		return FIELD_MESSAGE_ID;
	}
	if (!out->has_request_id && strcmp(name, "RequestId") == 0) {
		return FIELD_REQUEST_ID;
	}
	return FIELD_NONE;
}

static void start_capture(reader* r, field f)
{
	mm_aws_xml_fields* out = r->out;

	r->capture = f;
	r->capture_depth = r->depth;
	r->dst_len = 0;
	r->truncated = false;
	switch (f) {
	case FIELD_CODE:
		r->dst = out->code;
		r->dst_size = sizeof(out->code);
		break;
	case FIELD_MESSAGE:
		r->dst = out->message;
		r->dst_size = sizeof(out->message);
		break;
	case FIELD_MESSAGE_ID:
		r->dst = out->message_id;
		r->dst_size = sizeof(out->message_id);
		break;
	case FIELD_REQUEST_ID:
		r->dst = out->request_id;
		r->dst_size = sizeof(out->request_id);
		break;
	case FIELD_NONE:
		r->dst = NULL;
		r->dst_size = 0;
		break;
	}
}

/* Ends the capture; a value that turned out to have child elements is
 * dropped (complete=false), so a later leaf of that name can still count. */
static void end_capture(reader* r, bool complete)
{
	mm_aws_xml_fields* out = r->out;
	size_t i;

	if (r->capture == FIELD_NONE) {
		return;
	}
	if (!complete) {
		r->dst_len = 0;
	}
	/* A cut value must not end inside a UTF-8 sequence. */
	if (r->truncated) {
		while (r->dst_len > 0 && ((unsigned char)r->dst[r->dst_len - 1] & 0xC0) == 0x80) {
			r->dst_len--;
		}
		if (r->dst_len > 0 && (unsigned char)r->dst[r->dst_len - 1] >= 0xC0) {
			r->dst_len--;
		}
	}
	r->dst[r->dst_len] = '\0';
	if (!mm_text_is_utf8(r->dst, r->dst_len)) {
		for (i = 0; i < r->dst_len; i++) {
			if ((unsigned char)r->dst[i] >= 0x80) {
				r->dst[i] = '?';
			}
		}
	}
	if (complete) {
		out->has_code |= r->capture == FIELD_CODE;
		out->has_message |= r->capture == FIELD_MESSAGE;
		out->has_message_id |= r->capture == FIELD_MESSAGE_ID;
		out->has_request_id |= r->capture == FIELD_REQUEST_ID;
	}
	r->capture = FIELD_NONE;
}

/* Reads a name at r->p into out; false when empty or too long. */
static bool read_name(reader* r, char out[NAME_MAX_LEN + 1])
{
	size_t n = 0;

	while (r->p < r->end && !is_space(*r->p) && *r->p != '>' && *r->p != '/' && *r->p != '=' && *r->p != '<' &&
	    *r->p != '"' && *r->p != '\'') {
		if (n == NAME_MAX_LEN) {
			return false;
		}
		out[n++] = *r->p++;
	}
	out[n] = '\0';
	return n > 0;
}

static void skip_space(reader* r)
{
	while (r->p < r->end && is_space(*r->p)) {
		r->p++;
	}
}

/* Attributes are skipped, but their quoting is checked so a '>' inside a
 * value does not end the tag. Sets *empty for "<x/>". */
static bool skip_attributes(reader* r, bool* empty)
{
	char name[NAME_MAX_LEN + 1];

	for (;;) {
		skip_space(r);
		if (r->p >= r->end) {
			return false;
		}
		if (*r->p == '>') {
			r->p++;
			*empty = false;
			return true;
		}
		if (*r->p == '/') {
			if (r->end - r->p < 2 || r->p[1] != '>') {
				return false;
			}
			r->p += 2;
			*empty = true;
			return true;
		}
		if (!read_name(r, name)) {
			return false;
		}
		skip_space(r);
		if (r->p >= r->end || *r->p != '=') {
			return false;
		}
		r->p++;
		skip_space(r);
		if (r->p >= r->end || (*r->p != '"' && *r->p != '\'')) {
			return false;
		} else {
			const char* close = memchr(r->p + 1, *r->p, (size_t)(r->end - r->p - 1));
			if (!close || memchr(r->p + 1, '<', (size_t)(close - r->p - 1))) {
				return false;
			}
			r->p = close + 1;
		}
	}
}

static bool read_start_tag(reader* r)
{
	char name[NAME_MAX_LEN + 1];
	bool empty;
	field f;

	r->p++; /* '<' */
	if (r->root_done || r->depth == MM_AWS_XML_MAX_DEPTH || !read_name(r, name) || !skip_attributes(r, &empty)) {
		return false;
	}
	/* A child element: the value being collected is not a leaf. */
	end_capture(r, false);
	f = wanted_field(r, local_name(name));
	if (empty) {
		if (f != FIELD_NONE) {
			start_capture(r, f);
			end_capture(r, true);
		}
		r->root_done = r->depth == 0;
		return true;
	}
	memcpy(r->names[r->depth], name, sizeof(name));
	r->depth++;
	if (f != FIELD_NONE) {
		start_capture(r, f);
	}
	return true;
}

static bool read_end_tag(reader* r)
{
	char name[NAME_MAX_LEN + 1];

	r->p += 2; /* "</" */
	if (r->depth == 0 || !read_name(r, name)) {
		return false;
	}
	skip_space(r);
	if (r->p >= r->end || *r->p != '>' || strcmp(name, r->names[r->depth - 1]) != 0) {
		return false;
	}
	r->p++;
	if (r->capture != FIELD_NONE && r->capture_depth == r->depth) {
		end_capture(r, true);
	}
	r->depth--;
	r->root_done = r->depth == 0;
	return true;
}

/* "<?...?>", "<!--...-->" or "<![CDATA[...]]>"; any other "<!" (a DTD) is refused. */
static bool read_markup(reader* r)
{
	const char* close;

	if (starts_with(r, "<?")) {
		close = find(r->p + 2, r->end, "?>");
		r->p = close ? close + 2 : r->p;
		return close != NULL;
	}
	if (starts_with(r, "<!--")) {
		close = find(r->p + 4, r->end, "-->");
		r->p = close ? close + 3 : r->p;
		return close != NULL;
	}
	if (starts_with(r, "<![CDATA[") && r->depth > 0) {
		close = find(r->p + 9, r->end, "]]>");
		if (!close) {
			return false;
		}
		put_bytes(r, r->p + 9, (size_t)(close - r->p - 9));
		r->p = close + 3;
		return true;
	}
	return false;
}

void mm_aws_xml_read(const char* body, size_t len, mm_aws_xml_fields* out)
{
	reader r;
	bool ok = true;

	memset(out, 0, sizeof(*out));
	memset(&r, 0, sizeof(r));
	r.out = out;
	r.p = body ? body : "";
	r.end = r.p + (body ? len : 0);
	if (r.end - r.p >= 3 && memcmp(r.p, "\xEF\xBB\xBF", 3) == 0) {
		r.p += 3;
	}
	while (ok && r.p < r.end) {
		if (*r.p != '<') {
			ok = read_text(&r);
		} else if (starts_with(&r, "</")) {
			ok = read_end_tag(&r);
		} else if (starts_with(&r, "<?") || starts_with(&r, "<!")) {
			ok = read_markup(&r);
		} else {
			ok = read_start_tag(&r);
		}
	}
	end_capture(&r, false);
	out->well_formed = ok && r.root_done && r.depth == 0;
}
