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

/* A batch endpoint (Postmark's /email/batch): several messages built one by
 * one with ops.build, then joined into one request with one outcome each. */
typedef struct {
	size_t max_count; /* messages per batch call */
	size_t max_bytes; /* the joined body, in bytes */
	/* Joins the bodies of requests built by ops.build into one request
	 * (initialised here, empty on failure). */
	bool (*join)(
	    zend_object* adapter, mm_http_request* const* singles, size_t count, mm_http_request* req, mm_error* err);
	/* Judges the batch answer: false with err set when the call as a whole
	 * failed, else true with results[i] (cleared when accepted) per message. */
	bool (*parse)(long status, const char* body, size_t len, mm_error* results, size_t count, mm_error* err);
} metamta_http_batch_ops;

/* What the parallel path (ext/parallel_send.c) needs of an HTTP adapter:
 * sendMessage() is exactly build + metamta_http_adapter_exchange(parse). */
typedef struct {
	/* Builds the request (initialised here, empty on failure) for message;
	 * throws what sendMessage() would and returns false when it cannot. */
	bool (*build)(zend_object* adapter, zval* message, mm_http_request* req);
	metamta_response_parser parse;
	const metamta_http_batch_ops* batch; /* NULL when there is no batch endpoint */
} metamta_http_adapter_ops;

/* Registers ops for a built-in (final) adapter class; called from the
 * adapter's MINIT hook, so a new adapter never touches parallel_send.c. */
void metamta_http_adapter_register_ops(const zend_class_entry* ce, const metamta_http_adapter_ops* ops);
/* The ops of exactly this class, or NULL (other adapters, userland classes). */
const metamta_http_adapter_ops* metamta_http_adapter_ops_of(const zend_class_entry* ce);

/* The adapter's request timeout in seconds (its timeout option, else 60). */
zend_long metamta_http_adapter_timeout(zend_object* adapter);

/* sendMessage() of every HTTP adapter: ops.build, then the exchange. Throws. */
bool metamta_http_adapter_send(zend_object* adapter, zval* message, const metamta_http_adapter_ops* ops);

/* Sends req with the adapter's timeout and judges the answer with parse;
 * throws the transport or provider exception on failure. Frees req. */
bool metamta_http_adapter_exchange(zend_object* adapter, mm_http_request* req, metamta_response_parser parse);

/* Throws for a core error and returns false: the one-liner after a failed builder. */
bool metamta_throw_core(const mm_error* err);

#endif
