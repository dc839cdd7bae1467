/* Shared plumbing of the HTTP adapters: option views, the shared options and
 * the send-then-judge exchange over this thread's connection pool. */
#include "adapter_http.h"

#include "zend_exceptions.h"

#include "base_uri.h"
#include "metamta_http.h"

static zval* find_option(zend_object* adapter, const char* name)
{
	metamta_adapter_object* intern = metamta_adapter_from_obj(adapter);

	if (!intern->options) {
		return NULL;
	}
	return zend_hash_str_find(intern->options, name, strlen(name));
}

mm_str metamta_adapter_option_str(zend_object* adapter, const char* name)
{
	zval* value = find_option(adapter, name);
	mm_str view = { NULL, 0 };

	if (value && Z_TYPE_P(value) == IS_STRING) {
		view.ptr = Z_STRVAL_P(value);
		view.len = Z_STRLEN_P(value);
	}
	return view;
}

zend_long metamta_adapter_option_long(zend_object* adapter, const char* name, zend_long def)
{
	zval* value = find_option(adapter, name);

	return value && Z_TYPE_P(value) == IS_LONG ? Z_LVAL_P(value) : def;
}

void metamta_http_adapter_add_default_options(zval* defaults)
{
	add_assoc_null(defaults, "base-uri");
	add_assoc_long(defaults, "timeout", METAMTA_HTTP_DEFAULT_TIMEOUT);
}

bool metamta_throw_core(const mm_error* err)
{
	metamta_throw_error(err);
	return false;
}

bool metamta_http_adapter_check_options(HashTable* options)
{
	zval* base_uri = zend_hash_str_find(options, "base-uri", sizeof("base-uri") - 1);
	zval* timeout = zend_hash_str_find(options, "timeout", sizeof("timeout") - 1);

	if (base_uri && Z_TYPE_P(base_uri) == IS_STRING) {
		mm_base_uri uri;
		mm_error err;

		mm_error_clear(&err);
		if (!mm_base_uri_parse(Z_STRVAL_P(base_uri), Z_STRLEN_P(base_uri), &uri, &err)) {
			return metamta_throw_core(&err);
		}
		mm_base_uri_free(&uri);
	}
	if (timeout && Z_TYPE_P(timeout) == IS_LONG &&
	    (Z_LVAL_P(timeout) < 1 || Z_LVAL_P(timeout) > METAMTA_HTTP_MAX_TIMEOUT)) {
		metamta_throw_invalid("Option 'timeout' must be between 1 and %d seconds, " ZEND_LONG_FMT " given",
		    METAMTA_HTTP_MAX_TIMEOUT, Z_LVAL_P(timeout));
		return false;
	}
	return true;
}

bool metamta_http_adapter_require_email(zend_object* adapter, zval* message)
{
	if (instanceof_function(Z_OBJCE_P(message), metamta_ce_EmailMessage)) {
		return true;
	}
	metamta_throw_invalid("%s can only send email messages, %s given", ZSTR_VAL(adapter->ce->name),
	    ZSTR_VAL(Z_OBJCE_P(message)->name));
	return false;
}

/* Registered in MINIT and read-only afterwards, so threads share it safely. */
#define METAMTA_HTTP_OPS_MAX 16

static struct {
	const zend_class_entry* ce;
	const metamta_http_adapter_ops* ops;
} registered_ops[METAMTA_HTTP_OPS_MAX];
static size_t registered_count;

void metamta_http_adapter_register_ops(const zend_class_entry* ce, const metamta_http_adapter_ops* ops)
{
	ZEND_ASSERT(registered_count < METAMTA_HTTP_OPS_MAX);
	if (registered_count < METAMTA_HTTP_OPS_MAX) {
		registered_ops[registered_count].ce = ce;
		registered_ops[registered_count].ops = ops;
		registered_count++;
	}
}

const metamta_http_adapter_ops* metamta_http_adapter_ops_of(const zend_class_entry* ce)
{
	for (size_t i = 0; i < registered_count; i++) {
		if (registered_ops[i].ce == ce) {
			return registered_ops[i].ops;
		}
	}
	return NULL;
}

zend_long metamta_http_adapter_timeout(zend_object* adapter)
{
	return metamta_adapter_option_long(adapter, "timeout", METAMTA_HTTP_DEFAULT_TIMEOUT);
}

bool metamta_http_adapter_send(zend_object* adapter, zval* message, const metamta_http_adapter_ops* ops)
{
	mm_http_request req;

	if (!ops->build(adapter, message, &req)) {
		return false;
	}
	return metamta_http_adapter_exchange(adapter, &req, ops->parse);
}

bool metamta_http_adapter_exchange(zend_object* adapter, mm_http_request* req, metamta_response_parser parse)
{
	mm_http_response res;
	mm_error err;
	bool ok;

	mm_http_response_init(&res);
	mm_error_clear(&err);
	ok = metamta_http_send(req, metamta_http_adapter_timeout(adapter), &res);
	mm_http_request_free(req);
	if (ok && !parse(res.status, res.body.data ? res.body.data : "", res.body.len, &err)) {
		/* The mailer list's retry waits at least what the provider asked. */
		if (err.domain == MM_ERROR_PROVIDER && res.retry_after_seconds >= 0) {
			err.has_retry_after = true;
			err.retry_after_seconds = res.retry_after_seconds;
		}
		metamta_throw_error(&err);
		ok = false;
	}
	mm_http_response_free(&res);
	return ok;
}
