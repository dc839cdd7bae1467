#include "http_basic_auth.h"

#include <openssl/crypto.h>

#include "base64.h"
#include "buffer.h"

static void wipe(mm_buf* buf)
{
	if (buf->data) {
		OPENSSL_cleanse(buf->data, buf->cap);
	}
	mm_buf_free(buf);
}

/* Adds "Authorization: <value>", then wipes value: it holds a credential. */
static bool add_and_wipe(mm_http_request* req, mm_buf* value, mm_error* err)
{
	bool ok;

	if (value->failed) {
		ok = mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	} else {
		ok = mm_http_request_add_header(req, "Authorization", value->data, value->len, err);
	}
	wipe(value);
	return ok;
}

bool mm_http_request_add_basic_auth(
    mm_http_request* req, const char* user, size_t user_len, const char* secret, size_t secret_len, mm_error* err)
{
	mm_buf plain, value;

	mm_buf_init(&plain);
	mm_buf_init(&value);
	/* Sized up front so no realloc leaves an unwiped copy behind. */
	mm_buf_reserve(&plain, user_len + 1 + secret_len);
	mm_buf_reserve(&value, 6 + mm_base64_encoded_len(user_len + 1 + secret_len));
	mm_buf_append(&plain, user, user_len);
	mm_buf_append_char(&plain, ':');
	mm_buf_append(&plain, secret, secret_len);
	mm_buf_append_str(&value, "Basic ");
	if (plain.failed) {
		value.failed = true;
	} else {
		mm_base64_append(&value, plain.data, plain.len, 0);
	}
	wipe(&plain);
	return add_and_wipe(req, &value, err);
}

bool mm_http_request_add_bearer_auth(mm_http_request* req, const char* token, size_t token_len, mm_error* err)
{
	mm_buf value;

	mm_buf_init(&value);
	mm_buf_reserve(&value, 7 + token_len);
	mm_buf_append_str(&value, "Bearer ");
	mm_buf_append(&value, token, token_len);
	return add_and_wipe(req, &value, err);
}
