/* Phone number normalization (spec/messages.md §6). */
#include "check.h"
#include "mm_alloc.h"
#include "phone.h"

static void check_ok(const char* raw, const char* want)
{
	char out[MM_PHONE_E164_SIZE];
	size_t len = 0;
	mm_error err;

	mm_error_clear(&err);
	CHECK(mm_phone_normalize(raw, strlen(raw), out, &len, &err));
	CHECK_BYTES(out, len, want);
}

static void check_rejected(const char* raw, size_t len)
{
	char out[MM_PHONE_E164_SIZE];
	size_t out_len = 0;
	mm_error err;

	mm_error_clear(&err);
	CHECK(!mm_phone_normalize(raw, len, out, &out_len, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
}

int main(void)
{
	mm_error err;
	char out[MM_PHONE_E164_SIZE];
	size_t len;

	check_ok("(212) 555-0100", "+12125550100");
	check_ok("+2125550100", "+2125550100");
	check_ok(" +2125550100", "+12125550100");
	check_ok("+44 20 7946 0958", "+442079460958");
	check_ok("+1 212 555 0100 ext 12", "+1212555010012");
	check_ok("123456789012345", "+123456789012345");
	check_rejected("1-800-FLOWERS", 13);
	check_rejected("0212555010", 10);
	check_rejected("1234567890123456", 16);
	check_rejected("99999999999999999999999999999999", 32);
	check_rejected("555-0100", 8);
	check_rejected("", 0);
	check_rejected(NULL, 0);

	mm_error_clear(&err);
	mm_phone_normalize("12\n3", 4, out, &len, &err);
	CHECK(strstr(err.message, "'12\\n3'") != NULL);
	CHECK(mm_alloc_live() == 0);
	return check_summary("phone");
}
