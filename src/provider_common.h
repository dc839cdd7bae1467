/* Checks and error texts the HTTP provider builders and response parsers
 * share, so every provider words the same problem the same way. */
#ifndef MM_PROVIDER_COMMON_H
#define MM_PROVIDER_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#include "http_request.h"
#include "json_write.h"
#include "message.h"
#include "mm_error.h"

/* Bytes of an mm_str, "" for an absent one (never a NULL pointer). */
const char* mm_provider_str_bytes(mm_str s);

/* Sets req->url to the base URI followed by path (which starts with '/').
 * The base is checked and normalized by mm_base_uri_parse (https, or http
 * to a loopback host only); an absent one means default_uri, and is an
 * error when default_uri is NULL. */
bool mm_provider_set_url(
    mm_http_request* req, mm_str base_uri, const char* default_uri, const char* path, mm_error* err);

/* A credential that goes into a header: present, non-empty, no CR, LF or
 * NUL. The message names `what` and never shows the value. */
bool mm_provider_check_secret(const char* provider, const char* what, mm_str secret, mm_error* err);

/* What every provider requires of a message before anything is built: a
 * From address, 1 to max_recipients To + Cc addresses, a Subject, header
 * names and values, attachment filenames and MIME types free of CR, LF and
 * NUL (RFC 5322 §2.2), and every header name printable ASCII. */
bool mm_provider_check_email(const char* provider, const mm_email* email, size_t max_recipients, mm_error* err);

/* Fails when `what` (an address rendered for a header) holds CR, LF or NUL. */
bool mm_provider_check_rendered(const char* what, const char* s, size_t len, mm_error* err);

/* Renders the string forms (messages.md §7.3) of list joined by ", " into
 * out (emptied first); fails when the result holds CR, LF or NUL. */
bool mm_provider_join_addresses(mm_buf* out, const mm_address* list, size_t count, const char* what, mm_error* err);

/* Fails when a request of len bytes (counted as `measure` says, e.g. "as
 * JSON") is larger than max; at_least says len is a lower bound computed
 * before building (so a huge attachment is refused without encoding it). */
bool mm_provider_check_size(
    const char* provider, const char* what, const char* measure, size_t len, bool at_least, size_t max, mm_error* err);

/* A lower bound of the JSON size of a message: its bodies and the base64 of
 * its attachments. */
size_t mm_provider_min_json_size(const mm_email* email);

/* Writes "key": s (an absent s as ""); `what` names s if it is not UTF-8. */
bool mm_provider_json_member(mm_json_writer* w, const char* key, mm_str s, const char* what, mm_error* err);

/* Writes the base64 of data as a JSON string value, encoded in place. */
bool mm_provider_json_base64(mm_json_writer* w, mm_str data);

bool mm_provider_status_ok(long status);

/* Copies provider text into a fixed field, control characters as spaces. */
void mm_provider_copy_text(char* out, size_t out_size, const char* s, size_t len);

/* The provider's own error as one phrase: "(code) message", "(code)" or
 * "message", from reported->provider_code and provider_message. */
void mm_provider_describe(const mm_error* reported, char* out, size_t out_size);

/* Fills err (cleared first) as MM_ERROR_PROVIDER, retry decided by status,
 * for a non-2xx answer: "<provider> request failed with HTTP status N: "
 * followed by the provider's own error when reported (may be NULL) holds a
 * provider_code or provider_message, which are then copied into err; else
 * a quoted, ASCII-only excerpt of the body without surrounding whitespace,
 * or "... and an empty body". Callers copy provider text with
 * mm_provider_copy_text first, so no control character reaches err. */
bool mm_provider_fail_status(
    const char* provider, long status, const mm_error* reported, const char* body, size_t len, mm_error* err);

#endif
