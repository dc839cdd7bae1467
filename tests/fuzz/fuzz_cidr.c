/* IP and CIDR parsing: whatever parses formats to text that parses back to
 * the same value, a block contains its own address, and a failure always
 * comes with an invalid-argument error. First byte: which parser. */
#include "cidr.h"
#include "fuzz_common.h"

static void check_ip(const char* text, size_t len, unsigned flags)
{
	mm_ip ip, again;
	mm_error err;
	char form[MM_IP_TEXT_MAX], bits[128];
	size_t n;

	mm_error_clear(&err);
	if (!mm_ip_parse_ex(text, len, flags, &ip, &err)) {
		FUZZ_CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
		return;
	}
	FUZZ_CHECK(ip.family_bits == 32 || ip.family_bits == 128);
	n = mm_ip_format(&ip, form);
	FUZZ_CHECK(n < MM_IP_TEXT_MAX && form[n] == '\0' && strlen(form) == n);
	FUZZ_CHECK(mm_ip_parse_ex(form, n, 0, &again, &err));
	FUZZ_CHECK(mm_ip_compare(&ip, &again) == 0 && memcmp(&ip, &again, sizeof(ip)) == 0);
	mm_ip_write_bits(&ip, bits);
	FUZZ_CHECK(mm_ip_prefix_equal(&ip, &again, (unsigned)ip.family_bits));
}

static void check_block(const char* text, size_t len, mm_cidr_list* list)
{
	mm_cidr_block b, again;
	mm_error err;
	char form[MM_CIDR_TEXT_MAX];
	size_t n;
	bool hit = false;

	mm_error_clear(&err);
	if (!mm_cidr_block_parse(text, len, &b, &err)) {
		FUZZ_CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
		FUZZ_CHECK(!mm_cidr_list_append_text(list, text, len, &err));
		return;
	}
	FUZZ_CHECK(b.mask <= (unsigned)b.address.family_bits);
	n = mm_cidr_block_format(&b, form);
	FUZZ_CHECK(n < MM_CIDR_TEXT_MAX && strlen(form) == n);
	FUZZ_CHECK(mm_cidr_block_parse(form, n, &again, &err));
	FUZZ_CHECK(again.mask == b.mask && mm_ip_compare(&again.address, &b.address) == 0);
	FUZZ_CHECK(mm_cidr_block_contains(&b, &b.address));
	FUZZ_CHECK(mm_cidr_list_append_text(list, text, len, &err));
	FUZZ_CHECK(mm_cidr_list_contains(list, &b.address));
	/* The candidate form of the block's own address is inside it. */
	n = mm_ip_format(&b.address, form);
	FUZZ_CHECK(mm_cidr_list_contains_text(list, form, n, &hit, &err) && hit);
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
	long live = mm_alloc_live();
	mm_cidr_list* list;
	mm_cidr_list* copy;
	char* text;
	unsigned mode;

	if (size == 0) {
		return 0;
	}
	mode = data[0];
	text = fuzz_copy(data + 1, size - 1);
	list = mm_cidr_list_new();
	FUZZ_CHECK(list != NULL);
	if (mode & 1) {
		check_ip(text, size - 1, (mode & 2) ? MM_IP_PARSE_MAPPED_DOTTED : 0);
	} else {
		/* Several blocks, one per line, into one list. */
		size_t start = 0, i;

		for (i = 0; i <= size - 1; i++) {
			if (i == size - 1 || text[i] == '\n') {
				check_block(text + start, i - start, list);
				start = i + 1;
			}
		}
	}
	copy = mm_cidr_list_copy(list);
	FUZZ_CHECK(copy != NULL && copy->count == list->count);
	mm_cidr_list_free(copy);
	mm_cidr_list_free(list);
	free(text);
	FUZZ_CHECK(mm_alloc_live() == live);
	return 0;
}
