/* The stop-gap JSON member reader (replaced by json_read when merged):
 * members found at the top level only, escapes decoded, malformed and
 * truncated documents refused, and random mutations read without a fault. */
#include <stdlib.h>

#include "check.h"
#include "json_peek.h"
#include "mm_alloc.h"

static mm_json_peek_kind peek(const char* body, const char* name, bool* ok, mm_buf* value)
{
	mm_json_peek_kind kind;

	*ok = mm_json_peek_member(body, strlen(body), name, &kind, value);
	return kind;
}

int main(void)
{
	static const char* const malformed[] = { "", "   ", "[]", "\"x\"", "{", "{\"a\"", "{\"a\":", "{\"a\":1,}",
		"{\"a\":1 \"b\":2}", "{a:1}", "{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":tru}", "{\"a\":\"\\x\"}",
		"{\"a\":\"\\u12\"}", "{\"a\":\"x\ny\"}", "{\"a\":[1,2}", "{\"a\":{}}}", "{} {}", "{\"a\":\"unterminated}" };
	const char seed[] = "{\"id\":\"<a@b>\",\"n\":[1,{\"id\":\"x\"},\"]\"],\"message\":\"caf\\u00e9 \\ud83d\\ude00\","
	                    "\"code\":-21211e0,\"t\":true}";
	mm_buf value;
	bool ok;
	size_t i, bad;

	mm_buf_init(&value);
	CHECK(peek(seed, "id", &ok, &value) == MM_JSON_PEEK_STRING && ok);
	CHECK_BYTES(value.data, value.len, "<a@b>");
	CHECK(peek(seed, "message", &ok, &value) == MM_JSON_PEEK_STRING);
	CHECK_BYTES(value.data, value.len, "caf\xC3\xA9 \xF0\x9F\x98\x80");
	CHECK(peek(seed, "code", &ok, &value) == MM_JSON_PEEK_NUMBER);
	CHECK_BYTES(value.data, value.len, "-21211e0");
	CHECK(peek(seed, "n", &ok, &value) == MM_JSON_PEEK_OTHER);
	CHECK(peek(seed, "t", &ok, &value) == MM_JSON_PEEK_OTHER);
	CHECK(peek(seed, "missing", &ok, &value) == MM_JSON_PEEK_ABSENT && ok);
	CHECK(peek("{\"a\":\"1\",\"a\":\"2\"}", "a", &ok, &value) == MM_JSON_PEEK_STRING);
	CHECK_BYTES(value.data, value.len, "2");
	CHECK(peek("{\"a\":\"\\ud800x\"}", "a", &ok, &value) == MM_JSON_PEEK_STRING);
	CHECK_BYTES(value.data, value.len, "\xEF\xBF\xBDx");
	CHECK(peek(" {} ", "a", &ok, &value) == MM_JSON_PEEK_ABSENT && ok);

	for (i = 0; i < sizeof(malformed) / sizeof(malformed[0]); i++) {
		mm_json_peek_kind kind = peek(malformed[i], "a", &ok, &value);
		if (ok || kind != MM_JSON_PEEK_ABSENT) {
			CHECK(!"malformed accepted");
			fprintf(stderr, "  accepted [%s]\n", malformed[i]);
		}
	}

	/* Deep nesting is skipped without recursion. */
	{
		size_t depth = 100000, n = 0;
		char* deep = malloc(depth * 2 + 32);
		n += (size_t)sprintf(deep, "{\"x\":");
		memset(deep + n, '[', depth);
		n += depth;
		memset(deep + n, ']', depth);
		n += depth;
		n += (size_t)sprintf(deep + n, ",\"a\":\"deep\"}");
		CHECK(mm_json_peek_member(deep, n, "a", &(mm_json_peek_kind){ 0 }, &value));
		CHECK_BYTES(value.data, value.len, "deep");
		free(deep);
	}

	/* Every truncation and random byte mutations: no fault, sane result. */
	srand(7);
	bad = 0;
	for (i = 0; i < sizeof(seed) - 1; i++) {
		mm_json_peek_kind kind;
		char* copy = malloc(i ? i : 1);
		memcpy(copy, seed, i);
		bad += mm_json_peek_member(copy, i, "id", &kind, &value);
		free(copy);
	}
	for (i = 0; i < 20000; i++) {
		char copy[sizeof(seed)];
		mm_json_peek_kind kind;
		int k;
		memcpy(copy, seed, sizeof(seed));
		for (k = 0; k < 3; k++) {
			copy[rand() % (int)(sizeof(seed) - 1)] = (char)(rand() & 0xFF);
		}
		if (!mm_json_peek_member(copy, sizeof(seed) - 1, "message", &kind, &value)) {
			bad += kind != MM_JSON_PEEK_ABSENT || value.len != 0;
		}
	}
	CHECK(bad == 0);
	mm_buf_free(&value);
	CHECK(mm_alloc_live() == 0);
	return check_summary("json_peek");
}
