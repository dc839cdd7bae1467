/* An attachment declared multipart/... or message/... is written as
 * application/octet-stream: RFC 2045 forbids base64 on composite types, and a
 * reader would otherwise try to parse the bytes as MIME structure. */
#include "check.h"
#include "mime.h"
#include "mm_alloc.h"

#define S(lit) ((mm_str){ lit, sizeof(lit) - 1 })

int main(void)
{
	static const char* types[] = { "message/rfc822", "Multipart/Mixed; boundary=x", "text/plain" };
	static const char* expect[] = { "application/octet-stream", "application/octet-stream", "text/plain" };

	for (size_t i = 0; i < 3; i++) {
		mm_address to = { { NULL, 0 }, S("b"), S("example.org") };
		mm_attachment att = {
			.data = S("data"), .filename = S("x.eml"), .mime_type = { types[i], strlen(types[i]) }
		};
		mm_email e;
		mm_buf out;
		mm_error err;
		char want[128];

		memset(&e, 0, sizeof(e));
		e.to = &to;
		e.to_count = 1;
		e.text_body = S("hi");
		e.attachments = &att;
		e.attachment_count = 1;
		mm_buf_init(&out);
		mm_error_clear(&err);
		CHECK(mm_mime_write_message(&e, NULL, &out, &err));
		snprintf(want, sizeof(want), "Content-Type: %s", expect[i]);
		CHECK(out.data && strstr(out.data, want) != NULL);
		mm_buf_free(&out);
	}
	CHECK(mm_alloc_live() == 0);
	return check_summary("mime_composite");
}
