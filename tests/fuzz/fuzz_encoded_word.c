/* RFC 2047 encoded words: UTF-8 text always encodes, into words of at most
 * 75 characters separated by one space, each decoding on its own to whole
 * UTF-8 characters, together to the text; anything else is refused. First
 * byte: B, Q or the shorter of the two. */
#include "encoded_word.h"
#include "fuzz_common.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
	static const mm_encoded_word_encoding encodings[] = { MM_ENCODED_WORD_B, MM_ENCODED_WORD_Q,
		MM_ENCODED_WORD_AUTO };
	long live = mm_alloc_live();
	mm_buf out, decoded, one;
	mm_error err;
	char* text;
	size_t len, start, i;

	if (size == 0) {
		return 0;
	}
	len = size - 1;
	text = fuzz_copy(data + 1, len);
	mm_buf_init(&out);
	mm_buf_init(&decoded);
	mm_buf_init(&one);
	mm_error_clear(&err);
	if (!mm_encoded_word_append(&out, text, len, encodings[data[0] % 3], "Subject", &err)) {
		FUZZ_CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && !mm_text_is_utf8(text, len));
	} else {
		FUZZ_CHECK(mm_text_is_utf8(text, len));
		FUZZ_CHECK(len > 0 || out.len == 0);
		for (start = 0, i = 0; out.len > 0 && i <= out.len; i++) {
			if (i == out.len || out.data[i] == ' ') {
				FUZZ_CHECK(i > start && i - start <= MM_ENCODED_WORD_MAX);
				mm_buf_reset(&one);
				FUZZ_CHECK(fuzz_encoded_word_decode(out.data + start, i - start, &one));
				FUZZ_CHECK(one.len > 0 && mm_text_is_utf8(one.data, one.len));
				mm_buf_append(&decoded, one.data, one.len);
				start = i + 1;
			}
		}
		FUZZ_CHECK(decoded.len == len && (len == 0 || memcmp(decoded.data, text, len) == 0));
	}
	mm_buf_free(&out);
	mm_buf_free(&decoded);
	mm_buf_free(&one);
	free(text);
	FUZZ_CHECK(mm_alloc_live() == live);
	return 0;
}
