/* The exception tree, and the one place that maps core errors (mm_error) to
 * exception classes and their properties. */
#include "php_metamta.h"

#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_smart_str.h"

#include "exceptions_arginfo.h"

zend_class_entry* metamta_ce_Exception;
zend_class_entry* metamta_ce_InvalidArgumentException;
zend_class_entry* metamta_ce_RuntimeException;
zend_class_entry* metamta_ce_TransportException;
zend_class_entry* metamta_ce_ProviderException;
zend_class_entry* metamta_ce_PermanentFailureException;
zend_class_entry* metamta_ce_AggregateException;

/* Appended to a transport failure after the request went out in full, so
 * whoever reads only the message knows a retry may duplicate the mail. */
#define OUTCOME_UNKNOWN_NOTE " The outcome is unknown: the provider may have accepted the message."

/* The value of one of our declared private properties of this. */
#define read_private(ce, name) zend_read_property((ce), Z_OBJ_P(ZEND_THIS), (name), sizeof(name) - 1, 1, &rv)

ZEND_METHOD(MetaMTA_TransportException, isOutcomeUnknown)
{
	zval rv;

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(zend_is_true(read_private(metamta_ce_TransportException, "outcomeUnknown")));
}

ZEND_METHOD(MetaMTA_TransportException, isRetryable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_TRUE;
}

ZEND_METHOD(MetaMTA_ProviderException, getHttpStatus)
{
	zval rv;

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY_DEREF(read_private(metamta_ce_ProviderException, "httpStatus"));
}

ZEND_METHOD(MetaMTA_ProviderException, getProviderCode)
{
	zval rv;

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY_DEREF(read_private(metamta_ce_ProviderException, "providerCode"));
}

ZEND_METHOD(MetaMTA_ProviderException, getProviderMessage)
{
	zval rv;

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY_DEREF(read_private(metamta_ce_ProviderException, "providerMessage"));
}

ZEND_METHOD(MetaMTA_ProviderException, getRetryAfter)
{
	zval rv;

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY_DEREF(read_private(metamta_ce_ProviderException, "retryAfter"));
}

ZEND_METHOD(MetaMTA_AggregateException, getExceptions)
{
	zval rv;

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY_DEREF(read_private(metamta_ce_AggregateException, "exceptions"));
}

ZEND_METHOD(MetaMTA_ProviderException, isRetryable)
{
	zval rv;

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(zend_is_true(read_private(metamta_ce_ProviderException, "retryable")));
}

void metamta_minit_exceptions(void)
{
	metamta_ce_Exception = register_class_MetaMTA_Exception(zend_ce_throwable);
	metamta_ce_InvalidArgumentException =
	    register_class_MetaMTA_InvalidArgumentException(spl_ce_InvalidArgumentException, metamta_ce_Exception);
	metamta_ce_RuntimeException =
	    register_class_MetaMTA_RuntimeException(spl_ce_RuntimeException, metamta_ce_Exception);
	metamta_ce_TransportException = register_class_MetaMTA_TransportException(metamta_ce_RuntimeException);
	metamta_ce_ProviderException = register_class_MetaMTA_ProviderException(metamta_ce_RuntimeException);
	metamta_ce_PermanentFailureException =
	    register_class_MetaMTA_PermanentFailureException(metamta_ce_RuntimeException);
	metamta_ce_AggregateException = register_class_MetaMTA_AggregateException(metamta_ce_RuntimeException);
}

static bool provider_error_is_retryable(const mm_error* err)
{
	switch (err->code) {
	case MM_PROVIDER_TRANSIENT: return true;
	case MM_PROVIDER_PERMANENT: return false;
	default:
		/* Too many requests, or the provider's own fault (RFC 9110 §15.6). */
		return err->status == 429 || (err->status >= 500 && err->status < 600);
	}
}

void metamta_throw_error(const mm_error* err)
{
	zend_object* ex;

	switch (err->domain) {
	case MM_ERROR_TRANSPORT:
		if (err->outcome_unknown && !strstr(err->message, "outcome is unknown")) {
			size_t len = strlen(err->message);
			/* The note is a second sentence: end the first one if needed. */
			zend_string* message = zend_strpprintf(0, "%s%s" OUTCOME_UNKNOWN_NOTE, err->message,
			    len && err->message[len - 1] != '.' ? "." : "");

			ex = zend_throw_exception(metamta_ce_TransportException, ZSTR_VAL(message), err->code);
			zend_string_release(message);
		} else {
			ex = zend_throw_exception(metamta_ce_TransportException, err->message, err->code);
		}
		zend_update_property_bool(metamta_ce_TransportException, ex, "outcomeUnknown",
		    sizeof("outcomeUnknown") - 1, err->outcome_unknown);
		return;
	case MM_ERROR_PROVIDER:
		ex = zend_throw_exception(metamta_ce_ProviderException, err->message, err->code);
		zend_update_property_long(
		    metamta_ce_ProviderException, ex, "httpStatus", sizeof("httpStatus") - 1, err->status);
		if (err->provider_code[0]) {
			if (err->provider_code_is_int) {
				zend_update_property_long(metamta_ce_ProviderException, ex, "providerCode",
				    sizeof("providerCode") - 1, ZEND_STRTOL(err->provider_code, NULL, 10));
			} else {
				zend_update_property_string(metamta_ce_ProviderException, ex, "providerCode",
				    sizeof("providerCode") - 1, err->provider_code);
			}
		}
		if (err->provider_message[0]) {
			zend_update_property_string(metamta_ce_ProviderException, ex, "providerMessage",
			    sizeof("providerMessage") - 1, err->provider_message);
		}
		zend_update_property_bool(metamta_ce_ProviderException, ex, "retryable", sizeof("retryable") - 1,
		    provider_error_is_retryable(err));
		if (err->has_retry_after) {
			zend_update_property_long(metamta_ce_ProviderException, ex, "retryAfter",
			    sizeof("retryAfter") - 1, err->retry_after_seconds);
		}
		return;
	case MM_ERROR_INVALID_ARGUMENT:
		zend_throw_exception(metamta_ce_InvalidArgumentException, err->message, err->code);
		return;
	case MM_ERROR_NONE:
	case MM_ERROR_INTERNAL:
	default:
		zend_throw_exception(
		    metamta_ce_RuntimeException, err->message[0] ? err->message : "Internal error", err->code);
		return;
	}
}

void metamta_throw_invalid(const char* format, ...)
{
	va_list ap;
	zend_string* message;

	va_start(ap, format);
	message = zend_vstrpprintf(0, format, ap);
	va_end(ap);
	zend_throw_exception(metamta_ce_InvalidArgumentException, ZSTR_VAL(message), 0);
	zend_string_release(message);
}

zend_object* metamta_aggregate_exception_new(HashTable* exceptions)
{
	smart_str message = { 0 };
	zend_string* key;
	zend_ulong index;
	zval* item;
	zval ex, list;

	smart_str_appends(&message, "Encountered multiple exceptions while transmitting mail.");
	ZEND_HASH_FOREACH_KEY_VAL(exceptions, index, key, item)
	{
		zval rv;
		zval* text = zend_read_property_ex(
		    zend_get_exception_base(Z_OBJ_P(item)), Z_OBJ_P(item), ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);

		smart_str_appendc(&message, '\n');
		if (key) {
			smart_str_append(&message, key);
		} else {
			smart_str_append_long(&message, (zend_long)index);
		}
		smart_str_appends(&message, ": ");
		if (Z_TYPE_P(text) == IS_STRING) {
			smart_str_append(&message, Z_STR_P(text));
		}
	}
	ZEND_HASH_FOREACH_END();
	smart_str_0(&message);
	object_init_ex(&ex, metamta_ce_AggregateException);
	zend_update_property_str(zend_ce_exception, Z_OBJ(ex), "message", sizeof("message") - 1, message.s);
	smart_str_free(&message);
	ZVAL_ARR(&list, zend_array_dup(exceptions));
	zend_update_property(metamta_ce_AggregateException, Z_OBJ(ex), "exceptions", sizeof("exceptions") - 1, &list);
	zval_ptr_dtor(&list);
	return Z_OBJ(ex);
}
