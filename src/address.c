#include "address.h"

#include <string.h>

#include "encoded_word.h"
#include "text.h"

static bool is_trim_char(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0B'; }

static bool is_name_trim_char(char c) { return c == ' ' || c == '"' || c == '\''; }

static const char* find_last(const char* s, size_t len, char c)
{
	while (len > 0) {
		len--;
		if (s[len] == c) {
			return s + len;
		}
	}
	return NULL;
}

static mm_str make_str(const char* ptr, size_t len)
{
	mm_str s;
	s.ptr = ptr;
	s.len = len;
	return s;
}

static const mm_str absent = { NULL, 0 };

void mm_address_parse(const char* text, size_t len, mm_address* out)
{
	const char *lt, *at;
	bool has_break;

	if (!text) {
		text = "";
		len = 0;
	}
	while (len > 0 && is_trim_char(text[0])) {
		text++;
		len--;
	}
	while (len > 0 && is_trim_char(text[len - 1])) {
		len--;
	}
	has_break = memchr(text, '\n', len) != NULL || memchr(text, '\r', len) != NULL;
	out->display_name = absent;
	out->domain_name = absent;

	lt = has_break ? NULL : find_last(text, len, '<');
	if (lt && text[len - 1] == '>') {
		/* Angle form: split at the last '<', the name loses surrounding spaces and quotes. */
		const char* name = text;
		size_t name_len = (size_t)(lt - text);
		const char* inner = lt + 1;
		size_t inner_len = (size_t)(text + len - 1 - inner);

		while (name_len > 0 && is_name_trim_char(name[0])) {
			name++;
			name_len--;
		}
		while (name_len > 0 && is_name_trim_char(name[name_len - 1])) {
			name_len--;
		}
		out->display_name = make_str(name, name_len);
		at = memchr(inner, '@', inner_len);
		if (at) {
			out->local_part = make_str(inner, (size_t)(at - inner));
			out->domain_name = make_str(at + 1, (size_t)(inner + inner_len - at - 1));
		} else {
			out->local_part = make_str(inner, inner_len);
		}
		return;
	}
	at = has_break ? NULL : find_last(text, len, '@');
	if (at) {
		/* Bare form: split at the last '@'. */
		out->local_part = make_str(text, (size_t)(at - text));
		out->domain_name = make_str(at + 1, (size_t)(text + len - at - 1));
		return;
	}
	out->local_part = make_str(text, len);
}

bool mm_address_append_addr_spec(const mm_address* addr, mm_buf* out)
{
	if (addr->local_part.ptr) {
		mm_buf_append(out, addr->local_part.ptr, addr->local_part.len);
	}
	if (addr->domain_name.ptr && addr->domain_name.len > 0) {
		mm_buf_append_char(out, '@');
		mm_buf_append(out, addr->domain_name.ptr, addr->domain_name.len);
	}
	return !out->failed;
}

static bool is_pcre_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\x0B' || c == '\f' || c == '\r';
}

/* The original's quoting: a whitespace run holding a line break becomes one
 * space (preg "\s*[\r\n]+\s*"), then backslash and quote are escaped. */
static void append_quoted_name(const mm_str* name, mm_buf* out)
{
	size_t i = 0;

	mm_buf_append_char(out, '"');
	while (i < name->len) {
		char c = name->ptr[i];
		if (is_pcre_space(c)) {
			size_t j = i;
			bool has_break = false;
			while (j < name->len && is_pcre_space(name->ptr[j])) {
				has_break = has_break || name->ptr[j] == '\r' || name->ptr[j] == '\n';
				j++;
			}
			if (has_break) {
				mm_buf_append_char(out, ' ');
			} else {
				mm_buf_append(out, name->ptr + i, j - i);
			}
			i = j;
			continue;
		}
		if (c == '\\' || c == '"') {
			mm_buf_append_char(out, '\\');
		}
		mm_buf_append_char(out, c);
		i++;
	}
	mm_buf_append_char(out, '"');
}

bool mm_address_append_string_form(const mm_address* addr, mm_buf* out)
{
	const mm_str* name = &addr->display_name;

	if (!name->ptr || name->len == 0) {
		return mm_address_append_addr_spec(addr, out);
	}
	append_quoted_name(name, out);
	mm_buf_append(out, " <", 2);
	mm_address_append_addr_spec(addr, out);
	mm_buf_append_char(out, '>');
	return !out->failed;
}

bool mm_address_append_header_form(const mm_address* addr, mm_buf* out, mm_error* err)
{
	const mm_str* name = &addr->display_name;

	if (!name->ptr || name->len == 0 || mm_text_is_ascii(name->ptr, name->len)) {
		if (!mm_address_append_string_form(addr, out)) {
			return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while rendering an address");
		}
		return true;
	}
	/* RFC 2047 §5(3): encoded words replace the phrase and are never quoted. */
	if (!mm_encoded_word_append(out, name->ptr, name->len, MM_ENCODED_WORD_B, "Display name", err)) {
		return false;
	}
	mm_buf_append(out, " <", 2);
	mm_address_append_addr_spec(addr, out);
	mm_buf_append_char(out, '>');
	if (out->failed) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while rendering an address");
	}
	return true;
}
