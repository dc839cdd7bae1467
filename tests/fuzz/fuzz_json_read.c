/* The JSON reader on provider responses: any input parses or fails with an
 * invalid-argument error, and a parsed document can be walked to the end
 * with every accessor agreeing with the value's type. */
#include "fuzz_common.h"
#include "json_read.h"
#include "text.h"

static void walk(const mm_json_value* v, int depth)
{
	mm_json_type t = mm_json_type_of(v);
	const char* s;
	size_t len, i, n;
	long long num;
	bool b;

	FUZZ_CHECK(depth <= MM_JSON_MAX_DEPTH + 1);
	FUZZ_CHECK(t >= MM_JSON_NULL && t <= MM_JSON_OBJECT);
	FUZZ_CHECK(mm_json_get_string(v, &s, &len) == (t == MM_JSON_STRING));
	if (t == MM_JSON_STRING) {
		FUZZ_CHECK(s[len] == '\0' && mm_text_is_utf8(s, len));
	}
	FUZZ_CHECK(mm_json_get_bool(v, &b) == (t == MM_JSON_TRUE || t == MM_JSON_FALSE));
	FUZZ_CHECK(mm_json_get_number_text(v, &s, &len) == (t == MM_JSON_NUMBER));
	if (mm_json_get_int(v, &num)) {
		FUZZ_CHECK(t == MM_JSON_NUMBER);
	}
	(void)mm_json_is_truthy(v);
	n = mm_json_count(v);
	FUZZ_CHECK(n == 0 || t == MM_JSON_ARRAY || t == MM_JSON_OBJECT);
	for (i = 0; i < n; i++) {
		const mm_json_value* child = mm_json_at(v, i);

		FUZZ_CHECK(child != NULL);
		if (t == MM_JSON_OBJECT) {
			const char* key = mm_json_key_of(child, &len);

			FUZZ_CHECK(key != NULL && key[len] == '\0');
			/* Lookup by name finds a member of that name (the last one). */
			if (memchr(key, '\0', len) == NULL) {
				const mm_json_value* found = mm_json_get(v, key);
				const char* k2;
				size_t l2;

				FUZZ_CHECK(found != NULL);
				k2 = mm_json_key_of(found, &l2);
				FUZZ_CHECK(l2 == len && memcmp(k2, key, len) == 0);
			}
		}
		walk(child, depth + 1);
	}
	FUZZ_CHECK(mm_json_at(v, n) == NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
	long live = mm_alloc_live();
	char* text = fuzz_copy(data, size);
	mm_error err;
	mm_json_doc* doc;

	mm_error_clear(&err);
	doc = mm_json_parse(text, size, &err);
	if (doc == NULL) {
		FUZZ_CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	} else {
		FUZZ_CHECK(mm_json_root(doc) != NULL);
		walk(mm_json_root(doc), 0);
		mm_json_free(doc);
	}
	free(text);
	FUZZ_CHECK(mm_alloc_live() == live);
	return 0;
}
