#include "http_request.h"

#include <string.h>

#include <openssl/crypto.h>

#include "mm_alloc.h"

void mm_http_request_init(mm_http_request* req)
{
	memset(req, 0, sizeof(*req));
	mm_buf_init(&req->body);
}

void mm_http_request_free(mm_http_request* req)
{
	size_t i;

	mm_free(req->url);
	for (i = 0; i < req->header_count; i++) {
		OPENSSL_cleanse(req->headers[i], strlen(req->headers[i]));
		mm_free(req->headers[i]);
	}
	if (req->body.data) {
		OPENSSL_cleanse(req->body.data, req->body.len);
	}
	mm_buf_free(&req->body);
	mm_http_request_init(req);
}

bool mm_http_request_add_header(
    mm_http_request* req, const char* name, const char* value, size_t value_len, mm_error* err)
{
	size_t name_len = strlen(name);
	char* line;

	if (req->header_count >= MM_HTTP_MAX_HEADERS) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Too many request headers");
	}
	line = mm_malloc(name_len + 2 + value_len + 1);
	if (!line) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	memcpy(line, name, name_len);
	memcpy(line + name_len, ": ", 2);
	memcpy(line + name_len + 2, value, value_len);
	line[name_len + 2 + value_len] = '\0';
	req->headers[req->header_count++] = line;
	return true;
}

void mm_http_response_init(mm_http_response* res)
{
	memset(res, 0, sizeof(*res));
	mm_buf_init(&res->body);
	res->retry_after_seconds = -1;
}

void mm_http_response_free(mm_http_response* res)
{
	mm_buf_free(&res->body);
	mm_http_response_init(res);
}
