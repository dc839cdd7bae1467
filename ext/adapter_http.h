/* What the HTTP adapters (Postmark, Mailgun, SendGrid, Twilio, later SES and
 * SNS) share: reading their options as core strings, the options every one
 * of them has (base-uri, timeout), and the send-then-judge exchange. */
#ifndef METAMTA_ADAPTER_HTTP_H
#define METAMTA_ADAPTER_HTTP_H

#include "php_metamta.h"

#include "http_request.h"
#include "message.h"

/* The original's per-request timeout for the HTTP adapters, in seconds. */
#define METAMTA_HTTP_DEFAULT_TIMEOUT 60
/* Upper bound for the timeout option: an hour is already absurd for one request. */
#define METAMTA_HTTP_MAX_TIMEOUT 3600

/* The adapter's stored string option as a borrowed view; absent or null
 * gives a view with ptr NULL. */
mm_str metamta_adapter_option_str(zend_object* adapter, const char* name);
/* The adapter's stored int option, or def when absent or not an int. */
zend_long metamta_adapter_option_long(zend_object* adapter, const char* name, zend_long def);

/* Adds the defaults of the shared options (base-uri => null, timeout => 60). */
void metamta_http_adapter_add_default_options(zval* defaults);
/* Checks the shared options' values (their types are checked by the spec
 * table): base-uri parses as a base URI, timeout within 1..3600. Throws. */
bool metamta_http_adapter_check_options(HashTable* options);

/* The message as an EmailMessage, or throws naming the adapter and the
 * message type it cannot carry. */
bool metamta_http_adapter_require_email(zend_object* adapter, zval* message);

/* Judges a provider response: true when accepted, else err filled. */
typedef bool (*metamta_response_parser)(long status, const char* body, size_t len, mm_error* err);

/* Sends req with the adapter's timeout and judges the answer with parse;
 * throws the transport or provider exception on failure. Frees req. */
bool metamta_http_adapter_exchange(zend_object* adapter, mm_http_request* req, metamta_response_parser parse);

/* Throws for a core error and returns false: the one-liner after a failed builder. */
bool metamta_throw_core(const mm_error* err);

#endif
