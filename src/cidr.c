#include "cidr.h"

#include <stdio.h>
#include <string.h>

#include "mm_alloc.h"

/* Room for a quoted excerpt of the input inside a MM_ERROR_MESSAGE_MAX message. */
#define CIDR_QUOTE_MAX 160

static bool is_block_address_char(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':';
}

bool mm_cidr_block_parse(const char* text, size_t len, mm_cidr_block* out, mm_error* err)
{
	char quoted[CIDR_QUOTE_MAX];
	size_t slash = 0, i;
	unsigned mask = 0;
	mm_error address_err;

	mm_quote(quoted, sizeof(quoted), text, len);
	while (slash < len && is_block_address_char(text[slash])) {
		slash++;
	}
	for (i = slash + 1; i < len && text[i] >= '0' && text[i] <= '9'; i++) {
		/* Saturate: any value past 128 is out of range all the same. */
		if (mask <= 128) {
			mask = mask * 10 + (unsigned)(text[i] - '0');
		}
	}
	if (slash == 0 || slash >= len || text[slash] != '/' || i == slash + 1 || i != len) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_CIDR_ERROR_SHAPE,
		    "CIDR block %s is not formatted correctly: expected an address, '/' and a mask, like "
		    "'192.168.0.0/16' or 'fe80::/10'.",
		    quoted);
	}

	mm_error_clear(&address_err);
	if (!mm_ip_parse_ex(text, slash, 0, &out->address, &address_err)) {
		if (address_err.code == MM_IP_ERROR_DOTTED_TAIL) {
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_IP_ERROR_DOTTED_TAIL,
			    "CIDR block %s is not valid: a block address must not end in a dotted IPv4 part (the "
			    "IPv4-mapped range is '::ffff:0:0/96').",
			    quoted);
		}
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_IP_ERROR_FORMAT,
		    "CIDR block %s has an address that is not properly formatted: expected an IPv4 address like "
		    "'192.168.0.0' or an IPv6 address like 'fe80::'.",
		    quoted);
	}
	if (len - slash > 2 && text[slash + 1] == '0') {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_CIDR_ERROR_MASK_LEADING_ZERO,
		    "CIDR block %s is not valid: the mask must not have leading zeroes.", quoted);
	}
	if (mask > (unsigned)out->address.family_bits) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_CIDR_ERROR_MASK_RANGE,
		    "CIDR block %s is not valid: the mask must be between 0 and %d bits.", quoted,
		    out->address.family_bits);
	}
	out->mask = mask;
	return true;
}

bool mm_cidr_block_contains(const mm_cidr_block* block, const mm_ip* ip)
{
	return mm_ip_prefix_equal(&block->address, ip, block->mask);
}

size_t mm_cidr_block_format(const mm_cidr_block* block, char* out)
{
	size_t n = mm_ip_format(&block->address, out);

	return n + (size_t)snprintf(out + n, MM_CIDR_TEXT_MAX - n, "/%u", block->mask);
}

mm_cidr_list* mm_cidr_list_new(void) { return mm_calloc(1, sizeof(mm_cidr_list)); }

mm_cidr_list* mm_cidr_list_copy(const mm_cidr_list* list)
{
	mm_cidr_list* copy = mm_cidr_list_new();

	if (!copy || list->count == 0) {
		return copy;
	}
	copy->blocks = mm_malloc(list->count * sizeof(mm_cidr_block));
	if (!copy->blocks) {
		mm_free(copy);
		return NULL;
	}
	memcpy(copy->blocks, list->blocks, list->count * sizeof(mm_cidr_block));
	copy->count = copy->capacity = list->count;
	return copy;
}

void mm_cidr_list_free(mm_cidr_list* list)
{
	if (list) {
		mm_free(list->blocks);
		mm_free(list);
	}
}

bool mm_cidr_list_append(mm_cidr_list* list, const mm_cidr_block* block, mm_error* err)
{
	if (list->count == list->capacity) {
		size_t capacity = list->capacity ? list->capacity * 2 : 4;
		mm_cidr_block* grown = mm_realloc(list->blocks, capacity * sizeof(mm_cidr_block));

		if (!grown) {
			return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while building a CIDR list.");
		}
		list->blocks = grown;
		list->capacity = capacity;
	}
	list->blocks[list->count++] = *block;
	return true;
}

bool mm_cidr_list_append_text(mm_cidr_list* list, const char* text, size_t len, mm_error* err)
{
	mm_cidr_block block;

	return mm_cidr_block_parse(text, len, &block, err) && mm_cidr_list_append(list, &block, err);
}

bool mm_cidr_list_contains(const mm_cidr_list* list, const mm_ip* ip)
{
	size_t i;

	for (i = 0; i < list->count; i++) {
		if (mm_cidr_block_contains(&list->blocks[i], ip)) {
			return true;
		}
	}
	return false;
}

bool mm_cidr_list_contains_text(const mm_cidr_list* list, const char* text, size_t len, bool* result, mm_error* err)
{
	mm_ip ip;

	*result = false;
	if (list->count == 0) {
		return true;
	}
	if (!mm_ip_parse(text, len, &ip, err)) {
		return false;
	}
	*result = mm_cidr_list_contains(list, &ip);
	return true;
}
