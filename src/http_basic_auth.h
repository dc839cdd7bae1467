/* HTTP Basic credentials (RFC 7617) for the providers that use them
 * (Mailgun "api:<key>", Twilio "<sid>:<token>"). */
#ifndef MM_HTTP_BASIC_AUTH_H
#define MM_HTTP_BASIC_AUTH_H

#include <stdbool.h>
#include <stddef.h>

#include "http_request.h"
#include "mm_error.h"

/* Adds "Authorization: Basic base64(user:secret)"; the plain and encoded
 * credentials in scratch memory are wiped with OPENSSL_cleanse. */
bool mm_http_request_add_basic_auth(mm_http_request* req, const char* user, size_t user_len, const char* secret,
    size_t secret_len, mm_error* err);

#endif
