/* Address parsing and the string form (spec/messages.md §7). */
#include "address.h"
#include "check.h"
#include "mm_alloc.h"

static void check_parse(const char* text, const char* name, const char* local, const char* domain)
{
	mm_address a;

	mm_address_parse(text, strlen(text), &a);
	if (name) {
		CHECK(a.display_name.ptr != NULL);
		CHECK_BYTES(a.display_name.ptr, a.display_name.len, name);
	} else {
		CHECK(a.display_name.ptr == NULL);
	}
	CHECK_BYTES(a.local_part.ptr ? a.local_part.ptr : "", a.local_part.len, local);
	if (domain) {
		CHECK(a.domain_name.ptr != NULL);
		CHECK_BYTES(a.domain_name.ptr, a.domain_name.len, domain);
	} else {
		CHECK(a.domain_name.ptr == NULL);
	}
}

static void check_string_form(const char* name, const char* want)
{
	mm_address a;
	mm_buf b;

	mm_address_parse("a@b", 3, &a);
	a.display_name.ptr = name;
	a.display_name.len = strlen(name);
	mm_buf_init(&b);
	CHECK(mm_address_append_string_form(&a, &b));
	CHECK_BYTES(b.data, b.len, want);
	mm_buf_free(&b);
}

int main(void)
{
	check_parse("Ada Lovelace <ada@example.org>", "Ada Lovelace", "ada", "example.org");
	check_parse("\"Lovelace, Ada\" <ada@example.org>", "Lovelace, Ada", "ada", "example.org");
	check_parse("<a@b@c>", "", "a", "b@c");
	check_parse("a@b@c", NULL, "a@b", "c");
	check_parse("a@", NULL, "a", "");
	check_parse("x <a>b>", "x", "a>b", NULL);
	check_parse("Name\n<a@b.com>", NULL, "Name\n<a@b.com>", NULL);
	check_parse(" \r\n", NULL, "", NULL);

	check_string_form("Ada", "\"Ada\" <a@b>");
	check_string_form("Say \"hi\" \\", "\"Say \\\"hi\\\" \\\\\" <a@b>");
	/* A whitespace run holding a line break folds to one space; a tab alone stays. */
	check_string_form("A \r\n\t B\tC", "\"A B\tC\" <a@b>");
	check_string_form("", "a@b");
	CHECK(mm_alloc_live() == 0);
	return check_summary("address");
}
