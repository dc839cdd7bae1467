/* Threading headers as the original's email engine builds them. */
#include "threading.h"

#include <string.h>

#include <openssl/evp.h>

#include "base64.h"
#include "buffer.h"
#include "mm_alloc.h"
#include "text.h"

/* The original puts the first 27 hex digits of md5(T) into Thread-Index. */
#define MM_THREAD_INDEX_HEX 27

static char* take_buffer(mm_buf* buf)
{
	char* data;

	if (buf->failed || !buf->data) {
		mm_buf_free(buf);
		return NULL;
	}
	data = buf->data;
	buf->data = NULL;
	buf->len = buf->cap = 0;
	return data;
}

/* The lower-case hexadecimal MD5 of data, NUL-terminated into hex[33]. */
static bool md5_hex(const char* data, size_t len, char hex[33])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char digest[EVP_MAX_MD_SIZE];
	unsigned int digest_len = 0;
	unsigned int i;

	if (!EVP_Digest(data, len, digest, &digest_len, EVP_md5(), NULL) || digest_len != 16) {
		return false;
	}
	for (i = 0; i < 16; i++) {
		hex[2 * i] = digits[digest[i] >> 4];
		hex[2 * i + 1] = digits[digest[i] & 0x0f];
	}
	hex[32] = '\0';
	return true;
}

static bool build_thread_index(const mm_threading_input* in, const mm_buf* t, mm_buf* out)
{
	unsigned char raw[MM_THREAD_INDEX_HEX + 5];
	size_t raw_len = MM_THREAD_INDEX_HEX;
	char hex[33];

	if (!md5_hex(t->data, t->len, hex)) {
		return false;
	}
	memcpy(raw, hex, MM_THREAD_INDEX_HEX);
	if (!in->is_first) {
		/* One space, then the time as 4 bytes, most significant first. */
		raw[raw_len++] = ' ';
		raw[raw_len++] = (unsigned char)(in->now >> 24);
		raw[raw_len++] = (unsigned char)(in->now >> 16);
		raw[raw_len++] = (unsigned char)(in->now >> 8);
		raw[raw_len++] = (unsigned char)in->now;
	}
	return mm_base64_append(out, raw, raw_len, 0);
}

bool mm_threading_build(const mm_threading_input* in, mm_threading_headers* out, mm_error* err)
{
	bool has_parent = in->parent_message_id && in->parent_message_id_len > 0;
	mm_buf t, a, b, index;
	bool ok = false;

	memset(out, 0, sizeof(*out));
	mm_error_clear(err);
	if (!in->thread_id || in->thread_id_len == 0) {
		return true;
	}
	if (!mm_text_check_header_material(in->thread_id, in->thread_id_len, "Thread ID", err) ||
	    !mm_text_check_header_material(in->domain ? in->domain : "", in->domain_len, "Mail domain", err) ||
	    (has_parent &&
	        !mm_text_check_header_material(
	            in->parent_message_id, in->parent_message_id_len, "Parent Message-ID", err))) {
		return false;
	}
	mm_buf_init(&t);
	mm_buf_init(&a);
	mm_buf_init(&b);
	mm_buf_init(&index);
	mm_buf_append_char(&t, '<');
	mm_buf_append(&t, in->thread_id, in->thread_id_len);
	mm_buf_append_char(&t, '@');
	mm_buf_append(&t, in->domain, in->domain_len);
	mm_buf_append_char(&t, '>');
	if (t.failed) {
		goto cleanup;
	}
	if (in->is_first && in->supports_message_id) {
		mm_buf_append(&a, t.data, t.len);
	} else {
		if (has_parent) {
			mm_buf_append(&a, in->parent_message_id, in->parent_message_id_len);
		} else {
			mm_buf_append(&a, t.data, t.len);
		}
		mm_buf_append(&b, t.data, t.len);
		if (has_parent) {
			mm_buf_append_char(&b, ' ');
			mm_buf_append(&b, in->parent_message_id, in->parent_message_id_len);
		}
	}
	if (!build_thread_index(in, &t, &index) || a.failed || b.failed || index.failed) {
		goto cleanup;
	}
	if (in->is_first && in->supports_message_id) {
		out->message_id = take_buffer(&a);
	} else {
		out->in_reply_to = take_buffer(&a);
		out->references = take_buffer(&b);
	}
	out->thread_index = take_buffer(&index);
	ok = (out->message_id || (out->in_reply_to && out->references)) && out->thread_index;

cleanup:
	mm_buf_free(&t);
	mm_buf_free(&a);
	mm_buf_free(&b);
	mm_buf_free(&index);
	if (!ok) {
		mm_threading_headers_free(out);
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory building the threading headers.");
	}
	return ok;
}

void mm_threading_headers_free(mm_threading_headers* headers)
{
	if (!headers) {
		return;
	}
	mm_free(headers->message_id);
	mm_free(headers->in_reply_to);
	mm_free(headers->references);
	mm_free(headers->thread_index);
	memset(headers, 0, sizeof(*headers));
}
