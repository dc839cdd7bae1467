/* x-www-form-urlencoded: RFC 3986 escaping of every byte, pair order. */
#include "check.h"
#include "form.h"
#include "mm_alloc.h"

int main(void)
{
	mm_buf b;
	char all[256];
	char want[256 * 3 + 1];
	size_t i, w = 0;

	mm_buf_init(&b);
	mm_form_append_escaped(&b, "AZaz09-._~", 10);
	CHECK_BYTES(b.data, b.len, "AZaz09-._~");

	mm_buf_reset(&b);
	mm_form_append_escaped(&b, " +&=%/?#:@!*'()[]\"", 18);
	CHECK_BYTES(b.data, b.len, "%20%2B%26%3D%25%2F%3F%23%3A%40%21%2A%27%28%29%5B%5D%22");

	/* UTF-8 is escaped byte by byte, upper-case hex. */
	mm_buf_reset(&b);
	mm_form_append_escaped(&b, "\xC3\xA9\xE2\x82\xAC", 5);
	CHECK_BYTES(b.data, b.len, "%C3%A9%E2%82%AC");

	/* Every byte value: control bytes, NUL, DEL and high bytes too. */
	for (i = 0; i < 256; i++) {
		char c = (char)i;
		all[i] = c;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
		    c == '.' || c == '_' || c == '~') {
			want[w++] = c;
		} else {
			w += (size_t)snprintf(want + w, sizeof(want) - w, "%%%02X", (unsigned)i);
		}
	}
	want[w] = '\0';
	mm_buf_reset(&b);
	CHECK(mm_form_append_escaped(&b, all, 256));
	CHECK_BYTES(b.data, b.len, want);
	CHECK(b.len == 66 + 190 * 3);

	/* Pairs in insertion order, keys escaped the same way, empty values kept. */
	mm_buf_reset(&b);
	mm_form_append_pair(&b, "From", 4, "+15551234567", 12);
	mm_form_append_pair(&b, "h:Reply-To", 10, "a b", 3);
	mm_form_append_pair(&b, "Body", 4, "", 0);
	mm_form_append_pair(&b, "x", 1, "\r\n\0", 3);
	CHECK_BYTES(b.data, b.len, "From=%2B15551234567&h%3AReply-To=a%20b&Body=&x=%0D%0A%00");

	/* Empty input into an empty buffer. */
	mm_buf_free(&b);
	CHECK(mm_form_append_escaped(&b, "", 0));
	CHECK(b.len == 0);

	mm_buf_free(&b);
	CHECK(mm_alloc_live() == 0);
	return check_summary("form");
}
