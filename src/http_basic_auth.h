/* Credentials in the Authorization header: HTTP Basic (RFC 7617) for
 * Mailgun "api:<key>" and Twilio "<sid>:<token>", Bearer (RFC 6750) for
 * SendGrid. Scratch copies of the secret are wiped. */
#ifndef MM_HTTP_BASIC_AUTH_H
#define MM_HTTP_BASIC_AUTH_H

#include <stdbool.h>
#include <stddef.h>

#include "http_request.h"
#include "mm_error.h"

/* Adds "Authorization: Basic base64(user:secret)"; the plain and encoded
 * credentials in scratch memory are wiped with OPENSSL_cleanse. */
bool mm_http_request_add_basic_auth(
    mm_http_request* req, const char* user, size_t user_len, const char* secret, size_t secret_len, mm_error* err);

/* Adds "Authorization: Bearer <token>"; the scratch copy is wiped. The
 * caller has checked the token (no CR, LF or NUL). */
bool mm_http_request_add_bearer_auth(mm_http_request* req, const char* token, size_t token_len, mm_error* err);

#endif
