/* Base64 encoding with and without MIME line breaks, and strict decoding. */
#include "base64.h"
#include "check.h"
#include "mm_alloc.h"

int main(void)
{
	mm_buf b;
	char big[100];

	mm_buf_init(&b);
	mm_base64_append(&b, "", 0, 0);
	CHECK_BYTES(b.data ? b.data : "", b.len, "");
	mm_buf_reset(&b);
	mm_base64_append(&b, "f", 1, 0);
	CHECK_BYTES(b.data, b.len, "Zg==");
	mm_buf_reset(&b);
	mm_base64_append(&b, "foobar", 6, 0);
	CHECK_BYTES(b.data, b.len, "Zm9vYmFy");
	mm_buf_reset(&b);
	mm_base64_append(&b, "fooba", 5, 0);
	CHECK_BYTES(b.data, b.len, "Zm9vYmE=");

	memset(big, 'a', sizeof(big));
	mm_buf_reset(&b);
	mm_base64_append(&b, big, 60, 76);
	CHECK(b.len == 80 + 2 && b.data[76] == '\r' && b.data[77] == '\n');

	mm_buf_reset(&b);
	CHECK(mm_base64_decode(&b, "Zm9vYmE=", 8));
	CHECK_BYTES(b.data, b.len, "fooba");
	mm_buf_reset(&b);
	CHECK(!mm_base64_decode(&b, "Zm9v YmE=", 9));
	mm_buf_reset(&b);
	CHECK(!mm_base64_decode(&b, "Zg=a", 4));
	mm_buf_free(&b);
	CHECK(mm_alloc_live() == 0);
	return check_summary("base64");
}
