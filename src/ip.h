/* IPv4 and IPv6 addresses: strict parsing into 16 bytes, the canonical text
 * form, and prefix comparison. */
#ifndef MM_IP_H
#define MM_IP_H

#include <stdbool.h>
#include <stddef.h>

#include "mm_error.h"

/* Longest text form plus NUL: eight groups "ffff" and seven colons. */
#define MM_IP_TEXT_MAX 40

/* One address in network byte order. IPv4 uses bytes[0..3]; the rest are
 * zero, so two addresses compare equal with memcmp on the whole struct. */
typedef struct {
	unsigned char bytes[16];
	int family_bits; /* 32 for IPv4, 128 for IPv6 */
} mm_ip;

/* Flags for mm_ip_parse_ex. */
enum {
	/* The dotted IPv4-mapped spelling ::ffff:a.b.c.d is the IPv4 address
	 * a.b.c.d (a candidate address from a dual-stack socket); without this
	 * flag any dotted tail is an error. */
	MM_IP_PARSE_MAPPED_DOTTED = 1
};

/* err->code values (domain MM_ERROR_INVALID_ARGUMENT). */
enum {
	MM_IP_ERROR_FORMAT = 1,  /* neither a dotted quad nor IPv6 text */
	MM_IP_ERROR_DOTTED_TAIL, /* a dotted tail where none is allowed */
	MM_IP_ERROR_NOT_MAPPED   /* a dotted tail outside ::ffff:0:0/96 */
};

/* Parses an address: a strict dotted quad (d.d.d.d, 0-255, no leading zero)
 * or RFC 4291 IPv6 text without zone, brackets or port. No whitespace. */
bool mm_ip_parse_ex(const char* text, size_t len, unsigned flags, mm_ip* out, mm_error* err);
/* mm_ip_parse_ex with MM_IP_PARSE_MAPPED_DOTTED: how candidate addresses
 * (IPAddress::newAddress, containsAddress) are read. */
bool mm_ip_parse(const char* text, size_t len, mm_ip* out, mm_error* err);

/* Writes the display form (dotted quad, or canonical IPv6 with the first
 * longest run of two or more zero groups as "::") and a NUL into out, which
 * holds MM_IP_TEXT_MAX bytes; returns the length. */
size_t mm_ip_format(const mm_ip* ip, char* out);
/* Writes family_bits '0'/'1' characters, most significant first, no NUL. */
void mm_ip_write_bits(const mm_ip* ip, char* out);

/* True when both are of one family and their first prefix bits agree. */
bool mm_ip_prefix_equal(const mm_ip* a, const mm_ip* b, unsigned prefix);
/* Orders by family (IPv4 first), then by address: <0, 0 or >0. */
int mm_ip_compare(const mm_ip* a, const mm_ip* b);

#endif
