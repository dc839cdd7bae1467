/* Postmark batches joined from single requests (mm_postmark_join_batch): the
 * bytes equal those of mm_postmark_build_batch, and the count and size
 * limits hold. */
#include <stdlib.h>

#include "check.h"
#include "mm_alloc.h"
#include "provider_postmark.h"

#define S(lit) ((mm_str){ (lit), sizeof(lit) - 1 })
#define NONE ((mm_str){ NULL, 0 })

static const mm_postmark_config config = { S("https://api.postmarkapp.com"), S("tok-123"), S("outbound") };

static mm_email simple_email(const mm_address* from, const mm_address* to, mm_str subject)
{
	mm_email e;

	memset(&e, 0, sizeof(e));
	e.from = from;
	e.to = to;
	e.to_count = 1;
	e.subject = subject;
	e.text_body = S("body");
	return e;
}

static void test_same_bytes_as_build_batch(void)
{
	mm_address from = { NONE, S("a"), S("example.org") };
	mm_address to = { NONE, S("b"), S("example.org") };
	mm_email emails[3] = { simple_email(&from, &to, S("One")), simple_email(&from, &to, S("Two \xc3\xa9")),
		simple_email(&from, &to, NONE) };
	mm_http_request singles[3], joined, built;
	mm_http_request* ptrs[3];
	mm_error err;
	size_t i;

	mm_error_clear(&err);
	for (i = 0; i < 3; i++) {
		CHECK(mm_postmark_build(&config, &emails[i], &singles[i], &err));
		ptrs[i] = &singles[i];
	}
	CHECK(mm_postmark_join_batch(&config, ptrs, 3, &joined, &err));
	CHECK(mm_postmark_build_batch(&config, emails, 3, &built, &err));
	CHECK(strcmp(joined.url, "https://api.postmarkapp.com/email/batch") == 0);
	CHECK(strcmp(joined.method, "POST") == 0);
	CHECK(joined.header_count == built.header_count);
	for (i = 0; i < joined.header_count && i < built.header_count; i++) {
		CHECK(strcmp(joined.headers[i], built.headers[i]) == 0);
	}
	CHECK(joined.body.len == built.body.len && memcmp(joined.body.data, built.body.data, built.body.len) == 0);
	mm_http_request_free(&built);
	mm_http_request_free(&joined);

	/* One message is still a (one-element) batch. */
	CHECK(mm_postmark_join_batch(&config, ptrs, 1, &joined, &err));
	CHECK(joined.body.len == singles[0].body.len + 2 && joined.body.data[0] == '[' &&
	    joined.body.data[joined.body.len - 1] == ']');
	mm_http_request_free(&joined);
	for (i = 0; i < 3; i++) {
		mm_http_request_free(&singles[i]);
	}
}

static void test_limits(void)
{
	mm_http_request one, joined;
	mm_http_request** ptrs = calloc(MM_POSTMARK_MAX_BATCH + 1, sizeof(*ptrs));
	mm_error err;
	size_t i, big = 9u * 1024 * 1024;

	mm_error_clear(&err);
	mm_http_request_init(&one);
	mm_buf_append(&one.body, "{}", 2);
	for (i = 0; i <= MM_POSTMARK_MAX_BATCH; i++) {
		ptrs[i] = &one;
	}
	CHECK(!mm_postmark_join_batch(&config, ptrs, 0, &joined, &err));
	CHECK(strcmp(err.message, "Postmark batch has no messages") == 0);
	CHECK(mm_postmark_join_batch(&config, ptrs, MM_POSTMARK_MAX_BATCH, &joined, &err));
	CHECK(joined.body.len == 2 + MM_POSTMARK_MAX_BATCH * 3 - 1);
	mm_http_request_free(&joined);
	CHECK(!mm_postmark_join_batch(&config, ptrs, MM_POSTMARK_MAX_BATCH + 1, &joined, &err));
	CHECK(strcmp(err.message, "Postmark batch has 501 messages, at most 500 are allowed") == 0);
	CHECK(joined.body.data == NULL && joined.url == NULL);

	/* Six bodies of 9 MB: over 50 MB together, refused before any copy. */
	mm_buf_reset(&one.body);
	CHECK(mm_buf_reserve(&one.body, big));
	one.body.len = big;
	CHECK(!mm_postmark_join_batch(&config, ptrs, 6, &joined, &err));
	CHECK(strncmp(err.message, "Postmark batch is too large", 27) == 0);
	CHECK(joined.body.data == NULL);
	CHECK(mm_postmark_join_batch(&config, ptrs, 5, &joined, &err));
	mm_http_request_free(&joined);
	mm_http_request_free(&one);
	free(ptrs);
}

int main(void)
{
	test_same_bytes_as_build_batch();
	test_limits();
	CHECK(mm_alloc_live() == 0);
	return check_summary("postmark_join");
}
