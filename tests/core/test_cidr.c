/* IP parsing and display, CIDR block parsing and list matching. */
#include "check.h"
#include "cidr.h"
#include "ip.h"
#include "mm_alloc.h"

static bool ip_ok(const char* text)
{
	mm_ip ip;
	mm_error err;

	mm_error_clear(&err);
	return mm_ip_parse(text, strlen(text), &ip, &err);
}

/* The display form of text, or "!" and the error code when it does not parse. */
static const char* shown(const char* text)
{
	static char out[MM_IP_TEXT_MAX + 8];
	mm_ip ip;
	mm_error err;

	mm_error_clear(&err);
	if (!mm_ip_parse(text, strlen(text), &ip, &err)) {
		snprintf(out, sizeof(out), "!%d", err.code);
		return out;
	}
	mm_ip_format(&ip, out);
	return out;
}

static bool block_ok(const char* text, int* code)
{
	mm_cidr_block block;
	mm_error err;

	mm_error_clear(&err);
	if (mm_cidr_block_parse(text, strlen(text), &block, &err)) {
		return true;
	}
	*code = err.code;
	return false;
}

static bool contains(const char* block_text, const char* address)
{
	mm_cidr_block block;
	mm_ip ip;
	mm_error err;

	mm_error_clear(&err);
	CHECK(mm_cidr_block_parse(block_text, strlen(block_text), &block, &err));
	CHECK(mm_ip_parse(address, strlen(address), &ip, &err));
	return mm_cidr_block_contains(&block, &ip);
}

int main(void)
{
	static const char* bad[] = { "10.0.1", "1.2.3.4.5", "010.1.1.1", "10.0.0.300", "", " 1.2.3.4", "1.2.3.4 ",
		"1.2.3.4\n", "1.2.3x4", "1.2.345", "16909060", "10.1", "0x7f.0.0.1", "1.2.3.4, 5.6.7.8", "abc:xyz",
		"abcde::", "1:2:3:4:5:6:7", "a::b::c", "::1:2:3::", "1:2", ":1:2:3:4:5:6:7",
		"1:2:3:4:5:6:7:", ":::", "1:2:::5", "fe80::1%eth0", "[::1]", "1:2:3:4:5:6:7:8:9", "1:2:3:4::5:6:7:8",
		"::1:2:3:4:5:6:7:8", "00000::", "::ffff:1.2.3", "::ffff:01.2.3.4", "::ffff:1.2.3.4.5", "1.2.3.4::" };
	size_t i;
	int code = 0;
	char bits[129];
	mm_ip a, b;
	mm_error err;
	mm_cidr_list *list, *copy;
	bool result;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (ip_ok(bad[i])) {
			fprintf(stderr, "accepted: %s\n", bad[i]);
		}
		CHECK(!ip_ok(bad[i]));
	}
	/* An embedded NUL is part of the input, not its end. */
	mm_error_clear(&err);
	CHECK(!mm_ip_parse("1.2.3.4\0", 8, &a, &err) && !mm_ip_parse("::1\0", 4, &a, &err));
	CHECK_BYTES(shown("9.9.9.9"), strlen(shown("9.9.9.9")), "9.9.9.9");
	CHECK(strcmp(shown("0.0.0.0"), "0.0.0.0") == 0);
	CHECK(strcmp(shown("255.255.255.255"), "255.255.255.255") == 0);
	CHECK(strcmp(shown("0:0:0:0:0:0:0:0"), "::") == 0);
	CHECK(strcmp(shown("0:0:0:0:0:0:0:1"), "::1") == 0);
	CHECK(strcmp(shown("0001:0002:0000:0000:0000:0000:0000:0000"), "1:2::") == 0);
	CHECK(strcmp(shown("2001:DB8:0:0:0:0:0:1"), "2001:db8::1") == 0);
	CHECK(strcmp(shown("2001:0db8:0000:0000:0000:ff00:0042:8329"), "2001:db8::ff00:42:8329") == 0);
	CHECK(strcmp(shown("2001:db8:0:0:1:0:0:1"), "2001:db8::1:0:0:1") == 0);
	CHECK(strcmp(shown("0:0:1:0:0:0:0:0"), "0:0:1::") == 0);
	CHECK(strcmp(shown("a:0:b:0:c:0:d:0"), "a:0:b:0:c:0:d:0") == 0);
	CHECK(strcmp(shown("1:2:3:4::6:7:8"), "1:2:3:4:0:6:7:8") == 0);
	CHECK(strcmp(shown("1:2:3:4:5:6:7::"), "1:2:3:4:5:6:7:0") == 0);
	CHECK(strcmp(shown("::2:3:4:5:6:7:8"), "0:2:3:4:5:6:7:8") == 0);
	CHECK(strcmp(shown("ffff:FFFF:ffff:ffff:ffff:ffff:ffff:ffff"), "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") == 0);
	CHECK(strcmp(shown("::ffff:a00:1"), "::ffff:a00:1") == 0);
	CHECK(strcmp(shown("::ffff:10.0.0.1"), "10.0.0.1") == 0);
	CHECK(strcmp(shown("::FFFF:10.0.0.1"), "10.0.0.1") == 0);
	CHECK(strcmp(shown("0:0:0:0:0:ffff:1.2.3.4"), "1.2.3.4") == 0);
	CHECK(strcmp(shown("::1.2.3.4"), "!3") == 0);
	CHECK(strcmp(shown("64:ff9b::1.2.3.4"), "!3") == 0);
	CHECK(strcmp(shown("::ffff:0:1.2.3.4"), "!3") == 0);
	CHECK(strcmp(shown("quack"), "!1") == 0);

	mm_error_clear(&err);
	CHECK(mm_ip_parse("1.2.3.4", 7, &a, &err) && a.family_bits == 32);
	mm_ip_write_bits(&a, bits);
	CHECK_BYTES(bits, 32, "00000001000000100000001100000100");
	CHECK(mm_ip_parse("8000::1", 7, &b, &err) && b.family_bits == 128);
	mm_ip_write_bits(&b, bits);
	CHECK(bits[0] == '1' && bits[1] == '0' && bits[126] == '0' && bits[127] == '1');
	CHECK(mm_ip_compare(&a, &b) < 0 && mm_ip_compare(&b, &a) > 0 && mm_ip_compare(&a, &a) == 0);

	CHECK(block_ok("10.0.0.0/8", &code) && block_ok("fe80::/10", &code) && block_ok("1.2.3.4/0", &code));
	CHECK(block_ok("::/128", &code) && block_ok("1.2.3.4/32", &code) && block_ok("::ffff:0:0/96", &code));
	CHECK(!block_ok("192.168.0.0/016", &code) && code == MM_CIDR_ERROR_MASK_LEADING_ZERO);
	CHECK(!block_ok("10.0.0.0/00", &code) && code == MM_CIDR_ERROR_MASK_LEADING_ZERO);
	CHECK(!block_ok("10.0.0.0/40", &code) && code == MM_CIDR_ERROR_MASK_RANGE);
	CHECK(!block_ok("10.0.0.0/33", &code) && code == MM_CIDR_ERROR_MASK_RANGE);
	CHECK(!block_ok("fe80::/0129", &code) && code == MM_CIDR_ERROR_MASK_LEADING_ZERO);
	CHECK(!block_ok("fe80::/130", &code) && code == MM_CIDR_ERROR_MASK_RANGE);
	CHECK(!block_ok("::/99999999999999999999999", &code) && code == MM_CIDR_ERROR_MASK_RANGE);
	CHECK(!block_ok("10.0.0.0", &code) && code == MM_CIDR_ERROR_SHAPE);
	CHECK(!block_ok("x/8", &code) && code == MM_CIDR_ERROR_SHAPE);
	CHECK(!block_ok("10.0.0.0/8/8", &code) && code == MM_CIDR_ERROR_SHAPE);
	CHECK(!block_ok("10.0.0.0/255.0.0.0", &code) && code == MM_CIDR_ERROR_SHAPE);
	CHECK(!block_ok("1.2.3.4/", &code) && code == MM_CIDR_ERROR_SHAPE);
	CHECK(!block_ok("/8", &code) && code == MM_CIDR_ERROR_SHAPE);
	CHECK(!block_ok("fe80::", &code) && code == MM_CIDR_ERROR_SHAPE);
	CHECK(!block_ok("1.2.3.4/8 ", &code) && code == MM_CIDR_ERROR_SHAPE);
	CHECK(!block_ok("1.2.3/8", &code) && code == MM_IP_ERROR_FORMAT);
	CHECK(!block_ok("::ffff:1.2.3.4/96", &code) && code == MM_IP_ERROR_DOTTED_TAIL);

	CHECK(contains("0.0.0.0/0", "203.0.113.9"));
	CHECK(!contains("0.0.0.0/0", "::1"));
	CHECK(contains("192.168.1.7/32", "192.168.1.7") && !contains("192.168.1.7/32", "192.168.1.8"));
	CHECK(contains("10.0.0.0/8", "10.255.255.255") && !contains("10.0.0.0/8", "11.0.0.0"));
	CHECK(!contains("10.0.0.0/8", "9.255.255.255"));
	CHECK(contains("fe80::/10", "febf::1") && !contains("fe80::/10", "fec0::1"));
	CHECK(contains("::/0", "2001:db8::") && !contains("::/0", "10.1.1.1"));
	CHECK(contains("10.1.2.3/16", "10.1.200.200"));
	CHECK(contains("10.1.2.3/31", "10.1.2.2") && !contains("10.1.2.3/31", "10.1.2.4"));
	CHECK(!contains("0.0.0.0/0", "::ffff:a00:1") && !contains("::ffff:0:0/96", "10.0.0.1"));
	CHECK(contains("::ffff:0:0/96", "::ffff:a00:1") && !contains("::ffff:0:0/96", "::fffe:a00:1"));
	CHECK(contains("10.0.0.0/8", "::ffff:10.1.2.3") && !contains("::ffff:0:0/96", "::ffff:10.1.2.3"));

	list = mm_cidr_list_new();
	CHECK(list != NULL);
	CHECK(mm_cidr_list_contains_text(list, "garbage", 7, &result, &err) && !result);
	for (i = 0; i < 10; i++) {
		CHECK(mm_cidr_list_append_text(list, "10.0.0.0/8", 10, &err));
	}
	CHECK(mm_cidr_list_append_text(list, "192.0.2.1/32", 12, &err));
	CHECK(!mm_cidr_list_append_text(list, "192.0.2.1/33", 12, &err) && list->count == 11);
	mm_error_clear(&err);
	CHECK(!mm_cidr_list_contains_text(list, "garbage", 7, &result, &err) && err.code == MM_IP_ERROR_FORMAT);
	copy = mm_cidr_list_copy(list);
	mm_cidr_list_free(list);
	CHECK(mm_cidr_list_contains_text(copy, "192.0.2.1", 9, &result, &err) && result);
	CHECK(mm_cidr_list_contains_text(copy, "192.0.2.2", 9, &result, &err) && !result);
	CHECK(mm_cidr_list_contains_text(copy, "8.8.8.8", 7, &result, &err) && !result);
	mm_cidr_list_free(copy);
	mm_cidr_list_free(NULL);
	CHECK(mm_alloc_live() == 0);
	return check_summary("cidr");
}
