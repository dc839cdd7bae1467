/* RFC 2047 encoded words: B and Q forms, the 75-character limit, splits
 * only between UTF-8 characters, and the address header form. */
#include "address.h"
#include "base64.h"
#include "check.h"
#include "encoded_word.h"
#include "mm_alloc.h"

/* Checks every word of s (separated by single spaces) is at most 75 chars. */
static int words_fit(const char* s, size_t len)
{
	size_t start = 0, i;

	for (i = 0; i <= len; i++) {
		if (i == len || s[i] == ' ') {
			if (i - start > MM_ENCODED_WORD_MAX) {
				return 0;
			}
			start = i + 1;
		}
	}
	return 1;
}

int main(void)
{
	mm_buf b;
	mm_error err;
	char long_name[400];
	size_t i;

	mm_buf_init(&b);
	mm_error_clear(&err);
	CHECK(mm_encoded_word_append(&b,
	    "Ren\xC3\xA9"
	    "e",
	    6, MM_ENCODED_WORD_B, "Name", &err));
	CHECK_BYTES(b.data, b.len, "=?UTF-8?B?UmVuw6ll?=");

	mm_buf_reset(&b);
	CHECK(mm_encoded_word_append(&b,
	    "Ren\xC3\xA9"
	    "e a_b=c?",
	    13, MM_ENCODED_WORD_Q, "Name", &err));
	CHECK_BYTES(b.data, b.len, "=?UTF-8?Q?Ren=C3=A9e_a=5Fb=3Dc=3F?=");

	/* Mostly ASCII: AUTO picks Q; mostly non-ASCII: B. */
	mm_buf_reset(&b);
	CHECK(mm_encoded_word_append(&b, "Caf\xC3\xA9 au lait", 13, MM_ENCODED_WORD_AUTO, "Subject", &err));
	CHECK_BYTES(b.data, b.len, "=?UTF-8?Q?Caf=C3=A9_au_lait?=");
	mm_buf_reset(&b);
	CHECK(mm_encoded_word_append(&b, "\xC3\xA9\xC3\xA9\xC3\xA9", 6, MM_ENCODED_WORD_AUTO, "Subject", &err));
	CHECK_BYTES(b.data, b.len, "=?UTF-8?B?w6nDqcOp?=");

	mm_buf_reset(&b);
	CHECK(mm_encoded_word_append(&b, "", 0, MM_ENCODED_WORD_B, "Name", &err));
	CHECK(b.len == 0);

	/* 100 three-byte characters: several words, each within the limit and
	 * made of whole characters (45 bytes = 15 characters per B word). */
	for (i = 0; i < 300; i += 3) {
		long_name[i] = '\xE2';
		long_name[i + 1] = '\x82';
		long_name[i + 2] = '\xAC';
	}
	for (int enc = MM_ENCODED_WORD_B; enc <= MM_ENCODED_WORD_Q; enc++) {
		mm_buf_reset(&b);
		CHECK(mm_encoded_word_append(&b, long_name, 300, (mm_encoded_word_encoding)enc, "Name", &err));
		CHECK(words_fit(b.data, b.len));
		CHECK(strstr(b.data, "?= =?UTF-8?") != NULL);
	}
	mm_buf_reset(&b);
	mm_encoded_word_append(&b, long_name, 300, MM_ENCODED_WORD_B, "Name", &err);
	/* First word: prefix + base64 of 45 bytes (60 chars) + suffix = 72. */
	CHECK(strchr(b.data, ' ') - b.data == 72);

	mm_buf_reset(&b);
	mm_error_clear(&err);
	CHECK(!mm_encoded_word_append(&b,
	    "Ren\xE9"
	    "e",
	    5, MM_ENCODED_WORD_B, "Display name", &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(strncmp(err.message, "Display name must be valid UTF-8", 32) == 0);

	/* The address header form. */
	{
		mm_address a;
		mm_address_parse("Ren\xC3\xA9"
		                 "e <r@example.org>",
		    22, &a);
		mm_buf_reset(&b);
		mm_error_clear(&err);
		CHECK(mm_address_append_header_form(&a, &b, &err));
		CHECK_BYTES(b.data, b.len, "=?UTF-8?B?UmVuw6ll?= <r@example.org>");
		mm_address_parse("Say \"hi\" <r@x>", 15, &a);
		mm_buf_reset(&b);
		CHECK(mm_address_append_header_form(&a, &b, &err));
		CHECK_BYTES(b.data, b.len, "\"Say \\\"hi\" <r@x>");
	}
	mm_buf_free(&b);
	CHECK(mm_alloc_live() == 0);
	return check_summary("encoded_word");
}
