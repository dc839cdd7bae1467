/* CIDR blocks and lists: parsed once into binary, then matched against
 * candidate addresses by comparing bytes. */
#ifndef MM_CIDR_H
#define MM_CIDR_H

#include <stdbool.h>
#include <stddef.h>

#include "ip.h"
#include "mm_error.h"

/* Longest text form plus NUL: an address, '/' and up to three mask digits. */
#define MM_CIDR_TEXT_MAX (MM_IP_TEXT_MAX + 4)

/* err->code values beside the MM_IP_ERROR_* ones an address part yields. */
enum {
	MM_CIDR_ERROR_SHAPE = 10, /* not "address/mask" */
	MM_CIDR_ERROR_MASK_LEADING_ZERO,
	MM_CIDR_ERROR_MASK_RANGE,
	MM_CIDR_ERROR_ELEMENT /* a list element is neither text nor a block (bindings only) */
};

typedef struct {
	mm_ip address; /* as written: host bits are kept and ignored when matching */
	unsigned mask; /* prefix length, 0..address.family_bits */
} mm_cidr_block;

/* Parses "address/mask" (digits only, no leading zero, at most the address's
 * bit count). A dotted IPv4 tail in the address is an error. */
bool mm_cidr_block_parse(const char* text, size_t len, mm_cidr_block* out, mm_error* err);
/* Whether ip is of the block's family and shares its first mask bits. */
bool mm_cidr_block_contains(const mm_cidr_block* block, const mm_ip* ip);
/* Writes "address/mask" and a NUL into out (MM_CIDR_TEXT_MAX bytes); returns the length. */
size_t mm_cidr_block_format(const mm_cidr_block* block, char* out);

typedef struct {
	mm_cidr_block* blocks;
	size_t count;
	size_t capacity;
} mm_cidr_list;

/* An empty list, or NULL when out of memory. */
mm_cidr_list* mm_cidr_list_new(void);
/* A deep copy, or NULL when out of memory. */
mm_cidr_list* mm_cidr_list_copy(const mm_cidr_list* list);
void mm_cidr_list_free(mm_cidr_list* list);
/* Appends a block; false (MM_ERROR_INTERNAL) only when out of memory. */
bool mm_cidr_list_append(mm_cidr_list* list, const mm_cidr_block* block, mm_error* err);
/* Parses text with mm_cidr_block_parse and appends it. */
bool mm_cidr_list_append_text(mm_cidr_list* list, const char* text, size_t len, mm_error* err);
/* Whether any block contains ip. */
bool mm_cidr_list_contains(const mm_cidr_list* list, const mm_ip* ip);
/* Parses the candidate text with mm_ip_parse and checks it; an empty list
 * answers false without parsing. False with err set for a bad address. */
bool mm_cidr_list_contains_text(const mm_cidr_list* list, const char* text, size_t len, bool* result, mm_error* err);

#endif
