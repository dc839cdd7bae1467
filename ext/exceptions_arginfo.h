/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 0a2d4fab924c25db6765be342394a7aeb8fe0324 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_TransportException_isOutcomeUnknown, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_TransportException_isRetryable arginfo_class_MetaMTA_TransportException_isOutcomeUnknown

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_ProviderException_getHttpStatus, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_MetaMTA_ProviderException_getProviderCode, 0, 0, MAY_BE_LONG|MAY_BE_STRING|MAY_BE_NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_ProviderException_getProviderMessage, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_ProviderException_isRetryable arginfo_class_MetaMTA_TransportException_isOutcomeUnknown

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_ProviderException_getRetryAfter, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_AggregateException_getExceptions, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


static ZEND_METHOD(MetaMTA_TransportException, isOutcomeUnknown);
static ZEND_METHOD(MetaMTA_TransportException, isRetryable);
static ZEND_METHOD(MetaMTA_ProviderException, getHttpStatus);
static ZEND_METHOD(MetaMTA_ProviderException, getProviderCode);
static ZEND_METHOD(MetaMTA_ProviderException, getProviderMessage);
static ZEND_METHOD(MetaMTA_ProviderException, isRetryable);
static ZEND_METHOD(MetaMTA_ProviderException, getRetryAfter);
static ZEND_METHOD(MetaMTA_AggregateException, getExceptions);


static const zend_function_entry class_MetaMTA_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_InvalidArgumentException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_RuntimeException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_TransportException_methods[] = {
	ZEND_ME(MetaMTA_TransportException, isOutcomeUnknown, arginfo_class_MetaMTA_TransportException_isOutcomeUnknown, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_TransportException, isRetryable, arginfo_class_MetaMTA_TransportException_isRetryable, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_ProviderException_methods[] = {
	ZEND_ME(MetaMTA_ProviderException, getHttpStatus, arginfo_class_MetaMTA_ProviderException_getHttpStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_ProviderException, getProviderCode, arginfo_class_MetaMTA_ProviderException_getProviderCode, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_ProviderException, getProviderMessage, arginfo_class_MetaMTA_ProviderException_getProviderMessage, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_ProviderException, isRetryable, arginfo_class_MetaMTA_ProviderException_isRetryable, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_ProviderException, getRetryAfter, arginfo_class_MetaMTA_ProviderException_getRetryAfter, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_PermanentFailureException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_AggregateException_methods[] = {
	ZEND_ME(MetaMTA_AggregateException, getExceptions, arginfo_class_MetaMTA_AggregateException_getExceptions, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_Exception(zend_class_entry *class_entry_Throwable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "Exception", class_MetaMTA_Exception_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Throwable);

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_InvalidArgumentException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_MetaMTA_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "InvalidArgumentException", class_MetaMTA_InvalidArgumentException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	zend_class_implements(class_entry, 1, class_entry_MetaMTA_Exception);

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_RuntimeException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_MetaMTA_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "RuntimeException", class_MetaMTA_RuntimeException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_MetaMTA_Exception);

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_TransportException(zend_class_entry *class_entry_MetaMTA_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "TransportException", class_MetaMTA_TransportException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_MetaMTA_RuntimeException);

	zval property_outcomeUnknown_default_value;
	ZVAL_FALSE(&property_outcomeUnknown_default_value);
	zend_string *property_outcomeUnknown_name = zend_string_init("outcomeUnknown", sizeof("outcomeUnknown") - 1, 1);
	zend_declare_typed_property(class_entry, property_outcomeUnknown_name, &property_outcomeUnknown_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_outcomeUnknown_name);

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_ProviderException(zend_class_entry *class_entry_MetaMTA_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "ProviderException", class_MetaMTA_ProviderException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_MetaMTA_RuntimeException);

	zval property_httpStatus_default_value;
	ZVAL_LONG(&property_httpStatus_default_value, 0);
	zend_string *property_httpStatus_name = zend_string_init("httpStatus", sizeof("httpStatus") - 1, 1);
	zend_declare_typed_property(class_entry, property_httpStatus_name, &property_httpStatus_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_httpStatus_name);

	zval property_providerCode_default_value;
	ZVAL_NULL(&property_providerCode_default_value);
	zend_string *property_providerCode_name = zend_string_init("providerCode", sizeof("providerCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_providerCode_name, &property_providerCode_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_providerCode_name);

	zval property_providerMessage_default_value;
	ZVAL_NULL(&property_providerMessage_default_value);
	zend_string *property_providerMessage_name = zend_string_init("providerMessage", sizeof("providerMessage") - 1, 1);
	zend_declare_typed_property(class_entry, property_providerMessage_name, &property_providerMessage_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_providerMessage_name);

	zval property_retryable_default_value;
	ZVAL_FALSE(&property_retryable_default_value);
	zend_string *property_retryable_name = zend_string_init("retryable", sizeof("retryable") - 1, 1);
	zend_declare_typed_property(class_entry, property_retryable_name, &property_retryable_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_retryable_name);

	zval property_retryAfter_default_value;
	ZVAL_NULL(&property_retryAfter_default_value);
	zend_string *property_retryAfter_name = zend_string_init("retryAfter", sizeof("retryAfter") - 1, 1);
	zend_declare_typed_property(class_entry, property_retryAfter_name, &property_retryAfter_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_retryAfter_name);

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_PermanentFailureException(zend_class_entry *class_entry_MetaMTA_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "PermanentFailureException", class_MetaMTA_PermanentFailureException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_MetaMTA_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_AggregateException(zend_class_entry *class_entry_MetaMTA_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "AggregateException", class_MetaMTA_AggregateException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_MetaMTA_RuntimeException);

	zval property_exceptions_default_value;
	ZVAL_EMPTY_ARRAY(&property_exceptions_default_value);
	zend_string *property_exceptions_name = zend_string_init("exceptions", sizeof("exceptions") - 1, 1);
	zend_declare_typed_property(class_entry, property_exceptions_name, &property_exceptions_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_exceptions_name);

	return class_entry;
}
