/* Threading headers (spec/mailers.md §8.1): every row of the table, the
 * Thread-Index bytes, and rejected input. */
#include "check.h"
#include "mm_alloc.h"
#include "threading.h"

#define FIRST_INDEX "NzEyNDA5ZWQwZjg3MzJmZDhiNzM0ZmU0Mzg1"
#define LATER_INDEX "NzEyNDA5ZWQwZjg3MzJmZDhiNzM0ZmU0Mzg1IGVT8QA="

static void input(mm_threading_input* in, const char* parent, bool first, bool keeps)
{
	memset(in, 0, sizeof(*in));
	in->thread_id = "D123";
	in->thread_id_len = 4;
	in->domain = "example.com";
	in->domain_len = 11;
	in->parent_message_id = parent;
	in->parent_message_id_len = parent ? strlen(parent) : 0;
	in->is_first = first;
	in->supports_message_id = keeps;
	in->now = 1700000000u;
}

static void check_same(const char* got, const char* want)
{
	if (!want) {
		CHECK(got == NULL);
		return;
	}
	CHECK(got != NULL);
	if (got) {
		CHECK_BYTES(got, strlen(got), want);
	}
}

static void check_row(const char* parent, bool first, bool keeps, const char* message_id, const char* in_reply_to,
    const char* references, const char* thread_index)
{
	mm_threading_input in;
	mm_threading_headers out;
	mm_error err;

	input(&in, parent, first, keeps);
	CHECK(mm_threading_build(&in, &out, &err));
	check_same(out.message_id, message_id);
	check_same(out.in_reply_to, in_reply_to);
	check_same(out.references, references);
	check_same(out.thread_index, thread_index);
	mm_threading_headers_free(&out);
	mm_threading_headers_free(&out);
}

int main(void)
{
	mm_threading_input in;
	mm_threading_headers out;
	mm_error err;

	/* The table: first and kept, then the three In-Reply-To rows. */
	check_row(NULL, true, true, "<D123@example.com>", NULL, NULL, FIRST_INDEX);
	check_row(NULL, true, false, NULL, "<D123@example.com>", "<D123@example.com>", FIRST_INDEX);
	check_row(NULL, false, true, NULL, "<D123@example.com>", "<D123@example.com>", LATER_INDEX);
	check_row(NULL, false, false, NULL, "<D123@example.com>", "<D123@example.com>", LATER_INDEX);
	/* A parent replaces T in In-Reply-To and follows T in References. */
	check_row("<p@mx>", false, false, NULL, "<p@mx>", "<D123@example.com> <p@mx>", LATER_INDEX);
	check_row("<p@mx>", true, true, "<D123@example.com>", NULL, NULL, FIRST_INDEX);
	/* An empty parent counts as none. */
	check_row("", false, true, NULL, "<D123@example.com>", "<D123@example.com>", LATER_INDEX);
	CHECK(strlen(FIRST_INDEX) == 36 && strlen(LATER_INDEX) == 44);

	/* No thread ID: nothing at all. */
	input(&in, NULL, true, true);
	in.thread_id_len = 0;
	CHECK(mm_threading_build(&in, &out, &err));
	CHECK(!out.message_id && !out.in_reply_to && !out.references && !out.thread_index);
	in.thread_id = NULL;
	CHECK(mm_threading_build(&in, &out, &err));
	CHECK(!out.thread_index);

	/* Line breaks would split the header. */
	input(&in, "<a@b>\r\nBcc: x@y", false, false);
	CHECK(!mm_threading_build(&in, &out, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(!out.in_reply_to && !out.thread_index);
	input(&in, NULL, true, true);
	in.domain = "example.com\n";
	in.domain_len = 12;
	CHECK(!mm_threading_build(&in, &out, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	input(&in, NULL, true, true);
	in.thread_id = "D\0"
	               "1";
	in.thread_id_len = 3;
	CHECK(!mm_threading_build(&in, &out, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);

	mm_threading_headers_free(NULL);
	return check_summary("threading");
}
