#include "ip.h"

#include <stdio.h>
#include <string.h>

#include "text.h"

/* Room for a quoted excerpt of the input inside a MM_ERROR_MESSAGE_MAX message. */
#define IP_QUOTE_MAX 160

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Exactly d.d.d.d to the end of s: each d is 0-255 without a leading zero,
 * so there is one spelling per address (no octal, hex, short or integer forms). */
static bool parse_dotted_quad(const char* s, size_t len, unsigned char out[4])
{
	size_t i = 0;
	int part;

	for (part = 0; part < 4; part++) {
		size_t start;
		unsigned value = 0;

		if (part > 0) {
			if (i >= len || s[i] != '.') {
				return false;
			}
			i++;
		}
		start = i;
		while (i < len && is_digit(s[i]) && i - start < 3) {
			value = value * 10 + (unsigned)(s[i] - '0');
			i++;
		}
		if (i == start || value > 255 || (i - start > 1 && s[start] == '0')) {
			return false;
		}
		out[part] = (unsigned char)value;
	}
	return i == len;
}

/* RFC 4291 §2.2 text: eight groups of 1-4 hex digits, at most one "::"
 * standing for one or more zero groups (at either end too), optionally
 * ending in a dotted quad that fills the last two groups. Returns 0 or an
 * MM_IP_ERROR_* code. */
static int parse_ipv6(const char* s, size_t len, unsigned flags, mm_ip* out)
{
	unsigned groups[8];
	size_t n = 0, i = 0, k;
	long omit_at = -1;
	bool dotted = false;

	if (len >= 2 && s[0] == ':' && s[1] == ':') {
		omit_at = 0;
		i = 2;
	} else if (len >= 1 && s[0] == ':') {
		return MM_IP_ERROR_FORMAT;
	}
	while (i < len) {
		size_t start = i;
		unsigned value = 0;
		int h;

		while (i < len && i - start < 4 && (h = mm_text_hex_value(s[i])) >= 0) {
			value = (value << 4) | (unsigned)h;
			i++;
		}
		if (i == start) {
			return MM_IP_ERROR_FORMAT;
		}
		if (i < len && s[i] == '.') {
			unsigned char quad[4];

			if (n > 6 || !parse_dotted_quad(s + start, len - start, quad)) {
				return MM_IP_ERROR_FORMAT;
			}
			groups[n++] = (unsigned)quad[0] << 8 | quad[1];
			groups[n++] = (unsigned)quad[2] << 8 | quad[3];
			dotted = true;
			break;
		}
		if (n == 8) {
			return MM_IP_ERROR_FORMAT;
		}
		groups[n++] = value;
		if (i == len) {
			break;
		}
		if (s[i] != ':') {
			return MM_IP_ERROR_FORMAT;
		}
		i++;
		if (i < len && s[i] == ':') {
			if (omit_at >= 0) {
				return MM_IP_ERROR_FORMAT;
			}
			omit_at = (long)n;
			i++;
		} else if (i == len) {
			/* A single trailing colon. */
			return MM_IP_ERROR_FORMAT;
		}
	}
	if (omit_at >= 0) {
		size_t zeros;

		/* "::" stands for at least one group (RFC 4291 §2.2, item 2). */
		if (n > 7) {
			return MM_IP_ERROR_FORMAT;
		}
		zeros = 8 - n;
		memmove(groups + omit_at + zeros, groups + omit_at, (n - (size_t)omit_at) * sizeof(groups[0]));
		for (k = 0; k < zeros; k++) {
			groups[(size_t)omit_at + k] = 0;
		}
	} else if (n != 8) {
		return MM_IP_ERROR_FORMAT;
	}

	memset(out, 0, sizeof(*out));
	if (dotted) {
		if (!(flags & MM_IP_PARSE_MAPPED_DOTTED)) {
			return MM_IP_ERROR_DOTTED_TAIL;
		}
		/* Only ::ffff:0:0/96 (RFC 4291 §2.5.5.2) is an IPv4 peer; the
		 * deprecated compatible form and every other embedding are not. */
		for (k = 0; k < 5; k++) {
			if (groups[k] != 0) {
				return MM_IP_ERROR_NOT_MAPPED;
			}
		}
		if (groups[5] != 0xffff) {
			return MM_IP_ERROR_NOT_MAPPED;
		}
		out->family_bits = 32;
		out->bytes[0] = (unsigned char)(groups[6] >> 8);
		out->bytes[1] = (unsigned char)(groups[6] & 0xff);
		out->bytes[2] = (unsigned char)(groups[7] >> 8);
		out->bytes[3] = (unsigned char)(groups[7] & 0xff);
		return 0;
	}
	out->family_bits = 128;
	for (k = 0; k < 8; k++) {
		out->bytes[2 * k] = (unsigned char)(groups[k] >> 8);
		out->bytes[2 * k + 1] = (unsigned char)(groups[k] & 0xff);
	}
	return 0;
}

bool mm_ip_parse_ex(const char* text, size_t len, unsigned flags, mm_ip* out, mm_error* err)
{
	char quoted[IP_QUOTE_MAX];
	unsigned char quad[4];
	int code;

	if (parse_dotted_quad(text, len, quad)) {
		memset(out, 0, sizeof(*out));
		memcpy(out->bytes, quad, 4);
		out->family_bits = 32;
		return true;
	}
	code = parse_ipv6(text, len, flags, out);
	if (code == 0) {
		return true;
	}
	mm_quote(quoted, sizeof(quoted), text, len);
	switch (code) {
	case MM_IP_ERROR_DOTTED_TAIL:
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, code,
		    "IP address %s is not supported here: write an IPv6 address in hexadecimal groups only, "
		    "like '::ffff:102:304'.",
		    quoted);
	case MM_IP_ERROR_NOT_MAPPED:
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, code,
		    "IP address %s is not supported: only the IPv4-mapped form '::ffff:a.b.c.d' may end in a "
		    "dotted IPv4 address.",
		    quoted);
	default:
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_IP_ERROR_FORMAT,
		    "IP address %s is not properly formatted: expected an IPv4 address like '192.168.0.1' or an "
		    "IPv6 address like '2001:db8::1'.",
		    quoted);
	}
}

bool mm_ip_parse(const char* text, size_t len, mm_ip* out, mm_error* err)
{
	return mm_ip_parse_ex(text, len, MM_IP_PARSE_MAPPED_DOTTED, out, err);
}

size_t mm_ip_format(const mm_ip* ip, char* out)
{
	unsigned groups[8];
	int k, run = 0, best_run = 0, best_at = -1;
	size_t o = 0;

	if (ip->family_bits == 32) {
		return (size_t)snprintf(
		    out, MM_IP_TEXT_MAX, "%u.%u.%u.%u", ip->bytes[0], ip->bytes[1], ip->bytes[2], ip->bytes[3]);
	}
	/* The first longest run of zero groups; a strict > keeps the first on a tie. */
	for (k = 0; k < 8; k++) {
		groups[k] = (unsigned)ip->bytes[2 * k] << 8 | ip->bytes[2 * k + 1];
		run = groups[k] == 0 ? run + 1 : 0;
		if (run > best_run) {
			best_run = run;
			best_at = k - run + 1;
		}
	}
	if (best_run < 2) {
		best_at = -1;
	}
	for (k = 0; k < 8; k++) {
		if (k == best_at) {
			out[o++] = ':';
			out[o++] = ':';
			k += best_run - 1;
			continue;
		}
		if (o > 0 && out[o - 1] != ':') {
			out[o++] = ':';
		}
		o += (size_t)snprintf(out + o, MM_IP_TEXT_MAX - o, "%x", groups[k]);
	}
	out[o] = '\0';
	return o;
}

void mm_ip_write_bits(const mm_ip* ip, char* out)
{
	int i, bits = ip->family_bits == 32 ? 32 : 128;

	for (i = 0; i < bits; i++) {
		out[i] = (ip->bytes[i / 8] >> (7 - i % 8)) & 1 ? '1' : '0';
	}
}

bool mm_ip_prefix_equal(const mm_ip* a, const mm_ip* b, unsigned prefix)
{
	unsigned whole = prefix / 8, rest = prefix % 8;

	if (a->family_bits != b->family_bits || prefix > (unsigned)a->family_bits) {
		return false;
	}
	if (memcmp(a->bytes, b->bytes, whole) != 0) {
		return false;
	}
	if (rest) {
		unsigned char mask = (unsigned char)(0xff << (8 - rest));
		return (a->bytes[whole] & mask) == (b->bytes[whole] & mask);
	}
	return true;
}

int mm_ip_compare(const mm_ip* a, const mm_ip* b)
{
	if (a->family_bits != b->family_bits) {
		return a->family_bits < b->family_bits ? -1 : 1;
	}
	return memcmp(a->bytes, b->bytes, sizeof(a->bytes));
}
