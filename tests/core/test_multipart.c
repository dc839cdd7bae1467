/* multipart/form-data: exact bytes with a fixed boundary, a random-boundary
 * round trip through a small reader (binary data, repeated names), and the
 * rejections (CR/LF/NUL in names, a boundary found inside a part). */
#include "check.h"
#include "form_reader.h"
#include "mm_alloc.h"
#include "multipart.h"

static void test_exact_bytes(void)
{
	mm_multipart mp;
	mm_buf out;
	mm_error err;

	mm_multipart_init(&mp);
	mm_buf_init(&out);
	mm_error_clear(&err);
	CHECK(mm_multipart_add_field(&mp, "subject", 7, "Hi", 2, &err));
	CHECK(mm_multipart_add_field(&mp, "text", 4, "@alice said \"x\"", 15, &err));
	CHECK(mm_multipart_add_file(&mp, "attachment", 10, "say \"hi\".txt", 12, "text/plain", 10, "ab", 2, &err));
	CHECK(mm_multipart_add_file(&mp, "attachment", 10, "r\xC3\xA9sum\xC3\xA9.bin", 12, "", 0, "", 0, &err));
	CHECK(mm_multipart_write(&mp, "XYZ", 3, &out, &err));
	CHECK_BYTES(out.data, out.len,
	    "--XYZ\r\n"
	    "Content-Disposition: form-data; name=\"subject\"\r\n\r\n"
	    "Hi\r\n"
	    "--XYZ\r\n"
	    "Content-Disposition: form-data; name=\"text\"\r\n\r\n"
	    "@alice said \"x\"\r\n"
	    "--XYZ\r\n"
	    "Content-Disposition: form-data; name=\"attachment\"; filename=\"say %22hi%22.txt\"\r\n"
	    "Content-Type: text/plain\r\n\r\n"
	    "ab\r\n"
	    "--XYZ\r\n"
	    "Content-Disposition: form-data; name=\"attachment\"; filename=\"r\xC3\xA9sum\xC3\xA9.bin\"\r\n"
	    "Content-Type: application/octet-stream\r\n\r\n"
	    "\r\n"
	    "--XYZ--\r\n");

	/* A boundary that occurs in a value (or a name) is refused. */
	mm_buf_reset(&out);
	CHECK(!mm_multipart_write(&mp, "alice", 5, &out, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && strstr(err.message, "occurs inside a part"));
	CHECK(!mm_multipart_write(&mp, "subj", 4, &out, &err));
	CHECK(!mm_multipart_write(&mp, "plain", 5, &out, &err));
	CHECK(!mm_multipart_write(&mp, "a\"b", 3, &out, &err));
	CHECK(!mm_multipart_write(&mp, "", 0, &out, &err));
	CHECK(out.len == 0);
	mm_multipart_free(&mp);
	mm_multipart_free(&mp); /* a second free is harmless */

	/* An empty form is only the close delimiter. */
	mm_multipart_init(&mp);
	CHECK(mm_multipart_write(&mp, "B", 1, &out, &err));
	CHECK_BYTES(out.data, out.len, "--B--\r\n");
	mm_multipart_free(&mp);
	mm_buf_free(&out);
}

static void test_rejections(void)
{
	mm_multipart mp;
	mm_error err;

	mm_multipart_init(&mp);
	mm_error_clear(&err);
	CHECK(!mm_multipart_add_field(&mp, "a\r\nX-Evil: 1", 12, "v", 1, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK_BYTES(err.message, strlen(err.message),
	    "Form field name must not contain CR, LF or NUL, 'a\\r\\nX-Evil: 1' given");
	CHECK(!mm_multipart_add_file(&mp, "attachment", 10, "a\nb", 3, "text/plain", 10, "x", 1, &err));
	CHECK(strstr(err.message, "Form filename must not contain") != NULL);
	CHECK(!mm_multipart_add_file(&mp, "attachment", 10, "a\0b", 3, "text/plain", 10, "x", 1, &err));
	CHECK(strstr(err.message, "'a\\0b'") != NULL);
	CHECK(!mm_multipart_add_file(&mp, "attachment", 10, "f", 1, "text/plain\r\nX: y", 16, "x", 1, &err));
	CHECK(strstr(err.message, "Form content type") != NULL);
	CHECK(!mm_multipart_add_file(&mp, "a\0", 2, "f", 1, "", 0, "x", 1, &err));
	CHECK(mp.count == 0);
	mm_multipart_free(&mp);
}

static void test_round_trip(void)
{
	mm_multipart mp;
	mm_buf out;
	mm_error err;
	char content_type[MM_MULTIPART_CONTENT_TYPE_MAX];
	char binary[4096];
	char nasty[64];
	part_view parts[8];
	const char* boundary;
	size_t i;
	int n;

	for (i = 0; i < sizeof(binary); i++) {
		binary[i] = (char)(i * 7 + (i >> 8));
	}
	/* Content that looks like a delimiter must not confuse the reader. */
	memcpy(binary + 100, "\r\n--MetaMTA-\r\n--", 16);
	snprintf(nasty, sizeof(nasty), "line\r\n--MetaMTA-0000\r\n\r\nend");

	mm_multipart_init(&mp);
	mm_buf_init(&out);
	mm_error_clear(&err);
	CHECK(mm_multipart_add_field(&mp, "h:X-Tag", 7, "one", 3, &err));
	CHECK(mm_multipart_add_field(&mp, "h:X-Tag", 7, "two", 3, &err));
	CHECK(mm_multipart_add_field(&mp, "text", 4, nasty, strlen(nasty), &err));
	CHECK(mm_multipart_add_file(
	    &mp, "attachment", 10, "a.bin", 5, "application/octet-stream", 24, binary, sizeof(binary), &err));
	CHECK(mm_multipart_add_file(&mp, "attachment", 10, "b.txt", 5, "text/plain; charset=utf-8", 25, "B", 1, &err));
	CHECK(mm_multipart_finish(&mp, &out, content_type, &err));

	CHECK(strncmp(content_type, "multipart/form-data; boundary=MetaMTA-", 38) == 0);
	boundary = content_type + 30;
	CHECK(strlen(boundary) == MM_MULTIPART_BOUNDARY_LEN);
	CHECK(find(out.data, out.len, boundary, strlen(boundary)) == out.data + 2);

	n = read_form(out.data, out.len, boundary, parts, 8);
	CHECK(n == 5);
	if (n == 5) {
		CHECK_BYTES(parts[0].head, parts[0].head_len, "Content-Disposition: form-data; name=\"h:X-Tag\"");
		CHECK_BYTES(parts[0].data, parts[0].data_len, "one");
		CHECK_BYTES(parts[1].data, parts[1].data_len, "two");
		CHECK_BYTES(parts[2].data, parts[2].data_len, nasty);
		CHECK_BYTES(parts[3].head, parts[3].head_len,
		    "Content-Disposition: form-data; name=\"attachment\"; filename=\"a.bin\"\r\n"
		    "Content-Type: application/octet-stream");
		CHECK(parts[3].data_len == sizeof(binary) && memcmp(parts[3].data, binary, sizeof(binary)) == 0);
		CHECK_BYTES(parts[4].head, parts[4].head_len,
		    "Content-Disposition: form-data; name=\"attachment\"; filename=\"b.txt\"\r\n"
		    "Content-Type: text/plain; charset=utf-8");
		CHECK_BYTES(parts[4].data, parts[4].data_len, "B");
		for (i = 0; i < 5; i++) {
			CHECK(find(parts[i].data, parts[i].data_len, boundary, strlen(boundary)) == NULL);
		}
	}

	/* Two forms get different boundaries. */
	{
		char second[MM_MULTIPART_CONTENT_TYPE_MAX];
		mm_buf out2;
		mm_buf_init(&out2);
		CHECK(mm_multipart_finish(&mp, &out2, second, &err));
		CHECK(strcmp(second, content_type) != 0);
		CHECK(out2.len == out.len);
		mm_buf_free(&out2);
	}
	mm_multipart_free(&mp);
	mm_buf_free(&out);
}

int main(void)
{
	test_exact_bytes();
	test_rejections();
	test_round_trip();
	CHECK(mm_alloc_live() == 0);
	return check_summary("multipart");
}
