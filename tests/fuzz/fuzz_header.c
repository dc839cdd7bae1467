/* Header lines: unstructured text (Subject, custom values) and MIME
 * parameters (attachment names), then folding. Folded output has only CRLF
 * line breaks, ends in one, keeps every line within 998 characters, and
 * unfolds to the line it came from; unstructured text decodes back to the
 * input. First byte: bit 0 picks a parameter instead of text. */
#define _GNU_SOURCE
#include "fuzz_common.h"
#include "mime_header.h"
#include "text.h"

static bool is_wsp(char c) { return c == ' ' || c == '\t'; }

/* Reads the value back as RFC 2047 says: words holding "=?" are encoded
 * words, and whitespace between two encoded words is dropped. */
static void decode_unstructured(const char* v, size_t len, mm_buf* out)
{
	size_t i = 0, ws_start = 0, ws_end = 0;
	bool prev_encoded = false;

	while (i < len) {
		size_t start = i;

		if (is_wsp(v[i])) {
			while (i < len && is_wsp(v[i])) {
				i++;
			}
			ws_start = start;
			ws_end = i;
			continue;
		}
		while (i < len && !is_wsp(v[i])) {
			i++;
		}
		if (memmem(v + start, i - start, "=?", 2) != NULL) {
			FUZZ_CHECK(i - start <= MM_ENCODED_WORD_MAX);
			if (!(prev_encoded && ws_end == start)) {
				mm_buf_append(out, v + ws_start, ws_end - ws_start);
			}
			FUZZ_CHECK(fuzz_encoded_word_decode(v + start, i - start, out));
			prev_encoded = true;
		} else {
			mm_buf_append(out, v + ws_start, ws_end - ws_start);
			mm_buf_append(out, v + start, i - start);
			prev_encoded = false;
		}
		ws_start = ws_end = i;
	}
	mm_buf_append(out, v + ws_start, ws_end - ws_start);
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
	static const char prefix[] = "X-Fuzz: ";
	long live = mm_alloc_live();
	bool param;
	mm_buf line, folded, unfolded, decoded;
	mm_error err;
	char* text;
	size_t len, i;

	if (size == 0) {
		return 0;
	}
	param = data[0] & 1;
	len = size - 1;
	text = fuzz_copy(data + 1, len);
	mm_buf_init(&line);
	mm_buf_init(&folded);
	mm_buf_init(&unfolded);
	mm_buf_init(&decoded);
	mm_error_clear(&err);
	mm_buf_append_str(&line, param ? "Content-Disposition: attachment" : prefix);
	if (param ? !mm_mime_header_append_param(&line, "filename", text, len, "Attachment filename", &err) :
	            !mm_mime_header_append_text(&line, text, len, "Subject", &err)) {
		FUZZ_CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && !mm_text_is_utf8(text, len));
		goto done;
	}
	FUZZ_CHECK(memchr(line.data, '\r', line.len) == NULL && memchr(line.data, '\n', line.len) == NULL &&
	    memchr(line.data, '\0', line.len) == NULL);
	if (!mm_mime_header_fold(&folded, line.data, line.len, param, &err)) {
		FUZZ_CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && line.len > MM_MIME_LINE_HARD_MAX);
		goto done;
	}
	FUZZ_CHECK(folded.len >= 2 && folded.data[folded.len - 2] == '\r' && folded.data[folded.len - 1] == '\n');
	FUZZ_CHECK(fuzz_crlf_only(folded.data, folded.len));
	FUZZ_CHECK(fuzz_longest_line(folded.data, folded.len - 2) <= MM_MIME_LINE_HARD_MAX);
	for (i = 0; i < folded.len - 2; i++) {
		if (folded.data[i] == '\r') {
			FUZZ_CHECK(is_wsp(folded.data[i + 2]));
			i++;
			continue;
		}
		mm_buf_append_char(&unfolded, folded.data[i]);
	}
	FUZZ_CHECK(unfolded.len == line.len && memcmp(unfolded.data, line.data, line.len) == 0);
	if (!param) {
		decode_unstructured(line.data + strlen(prefix), line.len - strlen(prefix), &decoded);
		FUZZ_CHECK(decoded.len == len && (len == 0 || memcmp(decoded.data, text, len) == 0));
	}
done:
	mm_buf_free(&line);
	mm_buf_free(&folded);
	mm_buf_free(&unfolded);
	mm_buf_free(&decoded);
	free(text);
	FUZZ_CHECK(mm_alloc_live() == live);
	return 0;
}
