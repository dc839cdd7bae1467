/* The address parser and its three renderings (spec/messages.md §7): the
 * parts lie inside the input, the string forms are built without error, and
 * a non-ASCII display name becomes encoded words that decode back to it. */
#include "address.h"
#include "fuzz_common.h"
#include "text.h"

static bool inside(const mm_str* s, const char* text, size_t len)
{
	return s->ptr == NULL || (s->ptr >= text && s->ptr + s->len <= text + len);
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
	long live = mm_alloc_live();
	char* text = fuzz_copy(data, size);
	mm_address a;
	mm_buf out;
	mm_error err;

	mm_address_parse(text, size, &a);
	FUZZ_CHECK(inside(&a.display_name, text, size) && inside(&a.local_part, text, size) &&
	    inside(&a.domain_name, text, size));
	FUZZ_CHECK(a.local_part.ptr != NULL);

	mm_buf_init(&out);
	FUZZ_CHECK(mm_address_append_addr_spec(&a, &out));
	FUZZ_CHECK(out.len <= size + 1);
	mm_buf_reset(&out);
	FUZZ_CHECK(mm_address_append_string_form(&a, &out));
	mm_buf_reset(&out);
	mm_error_clear(&err);
	if (mm_address_append_header_form(&a, &out, &err)) {
		/* An encoded name is words of at most 75 characters before " <". */
		if (a.display_name.ptr && !mm_text_is_ascii(a.display_name.ptr, a.display_name.len) && out.len > 2 &&
		    strncmp(out.data, "=?", 2) == 0) {
			const char* end = strstr(out.data, " <");
			const char* w = out.data;
			mm_buf name;

			FUZZ_CHECK(end != NULL);
			mm_buf_init(&name);
			while (w < end) {
				const char* sp = memchr(w, ' ', (size_t)(end - w));
				size_t n = sp ? (size_t)(sp - w) : (size_t)(end - w);

				FUZZ_CHECK(n <= 75 && fuzz_encoded_word_decode(w, n, &name));
				w += n + 1;
			}
			FUZZ_CHECK(mm_text_is_utf8(name.data ? name.data : "", name.len));
			mm_buf_free(&name);
		}
	} else {
		FUZZ_CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
		FUZZ_CHECK(!mm_text_is_utf8(a.display_name.ptr, a.display_name.len));
	}
	mm_buf_free(&out);
	free(text);
	FUZZ_CHECK(mm_alloc_live() == live);
	return 0;
}
