/* The canonical request of AWS SigV4 (spec/sigv4.md §2 steps 4 to 8): the
 * URL, query and header canonicalisation, kept apart from the hashing and
 * key handling in sigv4.c. The rules chosen are described in sigv4.h. */
#ifndef MM_SIGV4_CANONICAL_H
#define MM_SIGV4_CANONICAL_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"
#include "mm_error.h"
#include "sigv4.h"

/* Appends the canonical request for req to creq and the signed-header list
 * ("host;x-amz-date") to signed_headers. amz_date and payload_hash are the
 * values the signer sends as X-Amz-Date and, when p->sign_payload,
 * X-Amz-Content-Sha256; p's session token, if any, is signed too. Fails
 * (MM_ERROR_INVALID_ARGUMENT) for a bad method, URL or header line. */
bool mm_sigv4_canonical_request(const mm_sigv4_request* req, const mm_sigv4_params* p, const char* amz_date,
    const char* payload_hash, mm_buf* creq, mm_buf* signed_headers, mm_error* err);

/* Checks a region or service name (`what` names it in the message): it
 * becomes a part of the '/'-separated credential scope. */
bool mm_sigv4_check_scope_part(const char* s, size_t len, const char* what, mm_error* err);

#endif
