/* JSON string writing, the writer's separators, and the strict reader on
 * good and malformed documents. */
#include <stdlib.h>

#include "check.h"
#include "json_read.h"
#include "json_write.h"
#include "mm_alloc.h"

static void test_write_string(void)
{
	mm_buf b;
	mm_error err;
	static const char ctl[] = "a\"b\\c/d\n\r\t\b\f\x01\x1f\x7f";

	mm_buf_init(&b);
	mm_error_clear(&err);
	CHECK(mm_json_append_string(&b, ctl, sizeof(ctl) - 1, "Subject", &err));
	CHECK_BYTES(b.data, b.len, "\"a\\\"b\\\\c/d\\n\\r\\t\\b\\f\\u0001\\u001f\x7f\"");

	mm_buf_reset(&b);
	CHECK(mm_json_append_string(&b, "", 0, "Subject", &err));
	CHECK_BYTES(b.data, b.len, "\"\"");

	/* NUL is data, not an end. */
	mm_buf_reset(&b);
	CHECK(mm_json_append_string(&b, "a\0b", 3, "Subject", &err));
	CHECK_BYTES(b.data, b.len, "\"a\\u0000b\"");

	/* UTF-8 (2, 3 and 4 byte sequences) goes through literally. */
	mm_buf_reset(&b);
	CHECK(mm_json_append_string(&b, "Gr\xC3\xBC\xC3\x9F \xE2\x82\xAC \xF0\x9F\x98\x80", 15, "Subject", &err));
	CHECK_BYTES(b.data, b.len, "\"Gr\xC3\xBC\xC3\x9F \xE2\x82\xAC \xF0\x9F\x98\x80\"");

	/* Invalid UTF-8 fails, names the field and writes nothing. */
	mm_buf_reset(&b);
	CHECK(!mm_json_append_string(&b, "ab\xFF", 3, "Subject", &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(strcmp(err.message, "Subject is not valid UTF-8 (byte 0xFF at offset 2)") == 0);
	CHECK(b.len == 0);
	mm_error_clear(&err);
	CHECK(!mm_json_append_string(&b, "\xC0\xAF", 2, "Text body", &err)); /* overlong '/' */
	CHECK(strncmp(err.message, "Text body is not valid UTF-8", 28) == 0);
	CHECK(!mm_json_append_string(&b, "\xED\xA0\x80", 3, "x", &err));     /* surrogate */
	CHECK(!mm_json_append_string(&b, "\xF4\x90\x80\x80", 4, "x", &err)); /* > U+10FFFF */
	CHECK(!mm_json_append_string(&b, "\xE2\x82", 2, "x", &err));         /* cut short */
	CHECK(!mm_json_append_string(&b, "\x80", 1, "x", &err));             /* lone continuation */
	mm_buf_free(&b);
}

static void test_writer(void)
{
	mm_buf b;
	mm_json_writer w;
	mm_error err;
	mm_buf* raw;

	mm_buf_init(&b);
	mm_error_clear(&err);
	mm_json_writer_init(&w, &b);
	mm_json_begin_object(&w);
	mm_json_member_string(&w, "a", "x", 1, "a", &err);
	mm_json_key(&w, "list");
	mm_json_begin_array(&w);
	mm_json_begin_object(&w);
	mm_json_end_object(&w);
	mm_json_string(&w, "y", 1, "y", &err);
	mm_json_begin_array(&w);
	mm_json_end_array(&w);
	mm_json_end_array(&w);
	mm_json_key(&w, "raw");
	raw = mm_json_raw_value(&w);
	mm_buf_append_str(raw, "\"QUJD\"");
	mm_json_end_object(&w);
	CHECK(!b.failed);
	CHECK_BYTES(b.data, b.len, "{\"a\":\"x\",\"list\":[{},\"y\",[]],\"raw\":\"QUJD\"}");
	mm_buf_free(&b);
}

static mm_json_doc* parse(const char* text, mm_error* err)
{
	mm_error_clear(err);
	return mm_json_parse(text, strlen(text), err);
}

static void test_read_lookup(void)
{
	mm_error err;
	mm_json_doc* doc;
	const mm_json_value *root, *v;
	const char* s;
	size_t len;
	long long n;
	bool flag;

	doc = parse(" {\"ErrorCode\": 406, \"Message\": \"Inactive \\\"x\\\" \\u00e9\\ud83d\\ude00\\/\", "
	            "\"ok\": true, \"nothing\": null, \"list\": [1, {\"k\": \"v\"}, []], \"dup\": 1, \"dup\": 2,"
	            "\"f\": -1.5e3, \"neg\": -9223372036854775808} ",
	    &err);
	CHECK(doc != NULL);
	root = mm_json_root(doc);
	CHECK(mm_json_type_of(root) == MM_JSON_OBJECT);
	CHECK(mm_json_count(root) == 9);
	CHECK(mm_json_get_int(mm_json_get(root, "ErrorCode"), &n) && n == 406);
	CHECK(mm_json_get_string(mm_json_get(root, "Message"), &s, &len));
	CHECK_BYTES(s, len, "Inactive \"x\" \xC3\xA9\xF0\x9F\x98\x80/");
	CHECK(mm_json_get_bool(mm_json_get(root, "ok"), &flag) && flag);
	CHECK(mm_json_type_of(mm_json_get(root, "nothing")) == MM_JSON_NULL);
	CHECK(mm_json_get(root, "missing") == NULL);
	CHECK(mm_json_get(root, "errorcode") == NULL); /* names are exact */
	v = mm_json_get(root, "list");
	CHECK(mm_json_count(v) == 3);
	CHECK(mm_json_get_int(mm_json_at(v, 0), &n) && n == 1);
	CHECK(mm_json_get_string(mm_json_get(mm_json_at(v, 1), "k"), &s, &len));
	CHECK_BYTES(s, len, "v");
	CHECK(mm_json_type_of(mm_json_at(v, 2)) == MM_JSON_ARRAY && mm_json_count(mm_json_at(v, 2)) == 0);
	CHECK(mm_json_at(v, 3) == NULL);
	CHECK(mm_json_get_int(mm_json_get(root, "dup"), &n) && n == 2); /* last wins, as json_decode */
	CHECK(!mm_json_get_int(mm_json_get(root, "f"), &n));
	CHECK(mm_json_get_number_text(mm_json_get(root, "f"), &s, &len));
	CHECK_BYTES(s, len, "-1.5e3");
	CHECK(mm_json_get_int(mm_json_get(root, "neg"), &n) && n == (-9223372036854775807LL - 1));
	s = mm_json_key_of(mm_json_at(root, 1), &len);
	CHECK(s != NULL && len == 7 && memcmp(s, "Message", 7) == 0);
	/* Wrong types and NULL answer "nothing". */
	CHECK(!mm_json_get_string(mm_json_get(root, "ok"), &s, &len));
	CHECK(mm_json_get(mm_json_get(root, "list"), "k") == NULL);
	CHECK(mm_json_count(NULL) == 0 && mm_json_at(NULL, 0) == NULL && mm_json_type_of(NULL) == 0);
	mm_json_free(doc);

	/* Scalars at the top, and \u0000 inside a string. */
	doc = parse("\"a\\u0000b\"", &err);
	CHECK(mm_json_get_string(mm_json_root(doc), &s, &len) && len == 3 && s[1] == '\0');
	mm_json_free(doc);
	doc = parse("true", &err);
	CHECK(mm_json_type_of(mm_json_root(doc)) == MM_JSON_TRUE);
	mm_json_free(doc);
	mm_json_free(NULL);
}

/* Lookups see the top level only: a nested or quoted "id" is not the
 * response's id (what the Mailgun and Twilio readers rely on). */
static void test_read_top_level_only(void)
{
	static const char seed[] =
	    "{\"n\":[1,{\"id\":\"x\"},\"]\"],\"id\":\"<a@b>\",\"code\":-21211e0,\"s\":\"\\\"id\\\":1\"}";
	mm_error err;
	mm_json_doc* doc;
	const char* s;
	size_t len, i;

	doc = parse(seed, &err);
	CHECK(mm_json_get_string(mm_json_get(mm_json_root(doc), "id"), &s, &len));
	CHECK_BYTES(s, len, "<a@b>");
	CHECK(mm_json_get_number_text(mm_json_get(mm_json_root(doc), "code"), &s, &len));
	CHECK_BYTES(s, len, "-21211e0");
	mm_json_free(doc);
	doc = parse("{\"x\":{\"id\":\"inner\"},\"s\":\"\\\"id\\\":\\\"q\\\"\"}", &err);
	CHECK(doc != NULL && mm_json_get(mm_json_root(doc), "id") == NULL);
	mm_json_free(doc);

	/* Every proper prefix of an object is refused, without a fault. */
	for (i = 0; i < sizeof(seed) - 1; i++) {
		char* copy = malloc(i ? i : 1);
		memcpy(copy, seed, i);
		mm_error_clear(&err);
		doc = mm_json_parse(copy, i, &err);
		CHECK(doc == NULL && err.domain == MM_ERROR_INVALID_ARGUMENT);
		mm_json_free(doc);
		free(copy);
	}
}

static void test_read_numbers(void)
{
	mm_error err;
	mm_json_doc* doc;
	long long n;

	doc = parse("[9223372036854775807, 9223372036854775808, -9223372036854775809, "
	            "123456789012345678901234567890, 1e999999, -0, 0.0]",
	    &err);
	CHECK(doc != NULL);
	CHECK(mm_json_get_int(mm_json_at(mm_json_root(doc), 0), &n) && n == 9223372036854775807LL);
	CHECK(!mm_json_get_int(mm_json_at(mm_json_root(doc), 1), &n));
	CHECK(!mm_json_get_int(mm_json_at(mm_json_root(doc), 2), &n));
	CHECK(!mm_json_get_int(mm_json_at(mm_json_root(doc), 3), &n));
	CHECK(!mm_json_get_int(mm_json_at(mm_json_root(doc), 4), &n));
	CHECK(mm_json_is_truthy(mm_json_at(mm_json_root(doc), 3)));
	CHECK(mm_json_is_truthy(mm_json_at(mm_json_root(doc), 4)));
	CHECK(mm_json_get_int(mm_json_at(mm_json_root(doc), 5), &n) && n == 0);
	CHECK(!mm_json_is_truthy(mm_json_at(mm_json_root(doc), 5)));
	CHECK(!mm_json_is_truthy(mm_json_at(mm_json_root(doc), 6)));
	mm_json_free(doc);
}

static void test_truthy(void)
{
	mm_error err;
	mm_json_doc* doc = parse("{\"a\":0,\"b\":\"\",\"c\":\"0\",\"d\":null,\"e\":false,\"f\":[],\"g\":{},"
	                         "\"h\":10,\"i\":\"00\",\"j\":true,\"k\":[0],\"l\":0e7}",
	    &err);
	const mm_json_value* r = mm_json_root(doc);
	const char* falsy[] = { "a", "b", "c", "d", "e", "f", "g", "l", "absent" };
	const char* truthy[] = { "h", "i", "j", "k" };
	size_t i;

	for (i = 0; i < sizeof(falsy) / sizeof(falsy[0]); i++) {
		CHECK(!mm_json_is_truthy(mm_json_get(r, falsy[i])));
	}
	for (i = 0; i < sizeof(truthy) / sizeof(truthy[0]); i++) {
		CHECK(mm_json_is_truthy(mm_json_get(r, truthy[i])));
	}
	mm_json_free(doc);
}

/* Each must fail cleanly with an Invalid JSON message. */
static void test_read_malformed(void)
{
	static const char* bad[] = {
		"",
		" ",
		"{",
		"[",
		"[1,",
		"[1,]",
		"{\"a\":1,}",
		"{\"a\" 1}",
		"{a:1}",
		"{\"a\":}",
		"\"abc",
		"\"a\\",
		"\"\\x\"",
		"\"\\u12\"",
		"\"\\u12G4\"",
		"\"\\ud800\"",
		"\"\\ud800\\u0041\"",
		"\"\\udc00\"",
		"\"a\nb\"",
		"\"\t\"",
		"\"\xFF\"",
		"\"\xC3\"",
		"\xEF\xBB\xBF{}",
		"01",
		"-",
		"1.",
		".5",
		"1e",
		"1e+",
		"+1",
		"0x10",
		"NaN",
		"Infinity",
		"tru",
		"nul",
		"truex",
		"[1] [2]",
		"{} x",
		"/* c */ {}",
		"[1 2]",
		"{\"a\":1 \"b\":2}",
		"'a'",
		"[\"a\",\"\\u00",
		/* Inside an object member, as provider error bodies arrive. */
		"{\"a\"",
		"{\"a\":",
		"{\"a\":01}",
		"{\"a\":-}",
		"{\"a\":1.}",
		"{\"a\":tru}",
		"{\"a\":\"x\ny\"}",
		"{\"a\":[1,2}",
		"{\"a\":{}}}",
		"{} {}",
		"{\"a\":\"unterminated}",
	};
	mm_error err;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		mm_json_doc* doc = parse(bad[i], &err);
		CHECK(doc == NULL);
		CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && strncmp(err.message, "Invalid JSON", 12) == 0);
		if (doc) {
			fprintf(stderr, "accepted: %s\n", bad[i]);
			mm_json_free(doc);
		}
	}
	/* A NUL byte inside the given length is not the end of input. */
	mm_error_clear(&err);
	CHECK(mm_json_parse("[1]\0", 4, &err) == NULL);
	CHECK(mm_json_parse(NULL, 0, &err) == NULL);
	CHECK(strcmp(err.message, "Invalid JSON at offset 0: unexpected end of input") == 0);
	parse("[1,}", &err);
	CHECK(strcmp(err.message, "Invalid JSON at offset 3: unexpected character") == 0);
}

static void test_read_limits(void)
{
	mm_error err;
	mm_json_doc* doc;
	size_t n = 100000, i;
	char* deep = malloc(2 * n + 1);

	/* Deep nesting stops at the depth limit instead of recursing on. */
	for (i = 0; i < n; i++) {
		deep[i] = '[';
		deep[n + i] = ']';
	}
	deep[2 * n] = '\0';
	mm_error_clear(&err);
	CHECK(mm_json_parse(deep, 2 * n, &err) == NULL);
	CHECK(strstr(err.message, "nesting too deep") != NULL);
	/* Exactly the limit is fine. */
	mm_error_clear(&err);
	doc = mm_json_parse(deep + n - MM_JSON_MAX_DEPTH, 2 * MM_JSON_MAX_DEPTH, &err);
	CHECK(doc != NULL);
	mm_json_free(doc);
	doc = mm_json_parse(deep + n - MM_JSON_MAX_DEPTH - 1, 2 * MM_JSON_MAX_DEPTH + 2, &err);
	CHECK(doc == NULL);
	free(deep);

	/* Too many values. */
	n = MM_JSON_MAX_VALUES + 1;
	deep = malloc(2 * n + 2);
	deep[0] = '[';
	for (i = 0; i < n; i++) {
		deep[1 + 2 * i] = '0';
		deep[2 + 2 * i] = ',';
	}
	deep[2 * n] = ']';
	mm_error_clear(&err);
	CHECK(mm_json_parse(deep, 2 * n + 1, &err) == NULL);
	CHECK(strstr(err.message, "too many values") != NULL);
	free(deep);

	/* Too large to look at. */
	mm_error_clear(&err);
	CHECK(mm_json_parse("", (size_t)MM_JSON_MAX_INPUT + 1, &err) == NULL);
	CHECK(strstr(err.message, "larger than") != NULL);
}

static unsigned long long rng_state = 0x9E3779B97F4A7C15ULL;

static unsigned next_random(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned)(rng_state >> 32);
}

/* A cheap stand-in for the fuzzer: mutated seeds must parse or fail, never
 * crash, read out of bounds or leak (ASan and the live count watch). */
static void test_read_mutations(void)
{
	static const char* seeds[] = {
		"{\"ErrorCode\":406,\"Message\":\"Inactive \\u00e9 \\ud83d\\ude00\"}",
		"[{\"ErrorCode\":0,\"MessageID\":\"x\"},{\"a\":[1,-2.5e3,true,false,null,{}]}]",
		"{\"errors\":[{\"message\":\"m\",\"field\":null}]}",
	};
	static const char alphabet[] = "{}[]\",:\\u0123456789eE+-.tfnl \n\xC3\xA9\xFF";
	char buf[128];
	mm_error err;
	int iter;
	size_t ok = 0, bad_errors = 0;

	for (iter = 0; iter < 30000; iter++) {
		const char* seed = seeds[next_random() % 3];
		size_t len = strlen(seed), edits = 1 + next_random() % 4, k;
		mm_json_doc* doc;

		memcpy(buf, seed, len);
		for (k = 0; k < edits; k++) {
			size_t at = next_random() % (len + 1);
			switch (next_random() % 3) {
			case 0: /* replace */
				if (at < len) {
					buf[at] = alphabet[next_random() % (sizeof(alphabet) - 1)];
				}
				break;
			case 1: /* cut */ len = at; break;
			default: /* insert */
				if (len < sizeof(buf)) {
					memmove(buf + at + 1, buf + at, len - at);
					buf[at] = alphabet[next_random() % (sizeof(alphabet) - 1)];
					len++;
				}
			}
		}
		mm_error_clear(&err);
		doc = mm_json_parse(buf, len, &err);
		if (doc) {
			const mm_json_value* r = mm_json_root(doc);
			long long n;
			ok++;
			mm_json_is_truthy(mm_json_get(r, "ErrorCode"));
			mm_json_get_int(mm_json_at(r, 0), &n);
			mm_json_free(doc);
		} else if (err.domain != MM_ERROR_INVALID_ARGUMENT) {
			bad_errors++;
		}
	}
	CHECK(ok > 0 && ok < 30000);
	CHECK(bad_errors == 0);
}

int main(void)
{
	test_write_string();
	test_writer();
	test_read_lookup();
	test_read_top_level_only();
	test_read_numbers();
	test_truthy();
	test_read_malformed();
	test_read_limits();
	test_read_mutations();
	CHECK(mm_alloc_live() == 0);
	return check_summary("json");
}
