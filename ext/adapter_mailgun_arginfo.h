/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 456a57b376d8969b164203f1c7c19f2c04f4a4e5 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailgunAdapter_getSupportedMessageTypes, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailgunAdapter_supportsMessageIDHeader, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailgunAdapter_sendMessage, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, message, MetaMTA\\ExternalMessage, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailgunAdapter_validateOptions, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_MailgunAdapter_newDefaultOptions arginfo_class_MetaMTA_MailgunAdapter_getSupportedMessageTypes

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailgunAdapter_verifyWebhookSignature, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, timestamp, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, token, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, signature, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxAgeSeconds, IS_LONG, 0, "300")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, now, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailgunAdapter_checkWebhookSignature, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, timestamp, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, token, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, signature, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxAgeSeconds, IS_LONG, 0, "300")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, now, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()


static ZEND_METHOD(MetaMTA_MailgunAdapter, getSupportedMessageTypes);
static ZEND_METHOD(MetaMTA_MailgunAdapter, supportsMessageIDHeader);
static ZEND_METHOD(MetaMTA_MailgunAdapter, sendMessage);
static ZEND_METHOD(MetaMTA_MailgunAdapter, validateOptions);
static ZEND_METHOD(MetaMTA_MailgunAdapter, newDefaultOptions);
static ZEND_METHOD(MetaMTA_MailgunAdapter, verifyWebhookSignature);
static ZEND_METHOD(MetaMTA_MailgunAdapter, checkWebhookSignature);


static const zend_function_entry class_MetaMTA_MailgunAdapter_methods[] = {
	ZEND_ME(MetaMTA_MailgunAdapter, getSupportedMessageTypes, arginfo_class_MetaMTA_MailgunAdapter_getSupportedMessageTypes, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailgunAdapter, supportsMessageIDHeader, arginfo_class_MetaMTA_MailgunAdapter_supportsMessageIDHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailgunAdapter, sendMessage, arginfo_class_MetaMTA_MailgunAdapter_sendMessage, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailgunAdapter, validateOptions, arginfo_class_MetaMTA_MailgunAdapter_validateOptions, ZEND_ACC_PROTECTED)
	ZEND_ME(MetaMTA_MailgunAdapter, newDefaultOptions, arginfo_class_MetaMTA_MailgunAdapter_newDefaultOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailgunAdapter, verifyWebhookSignature, arginfo_class_MetaMTA_MailgunAdapter_verifyWebhookSignature, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailgunAdapter, checkWebhookSignature, arginfo_class_MetaMTA_MailgunAdapter_checkWebhookSignature, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_MailgunAdapter(zend_class_entry *class_entry_MetaMTA_MailAdapter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "MailgunAdapter", class_MetaMTA_MailgunAdapter_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_MetaMTA_MailAdapter);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_ADAPTERTYPE_value;
	zend_string *const_ADAPTERTYPE_value_str = zend_string_init("mailgun", strlen("mailgun"), 1);
	ZVAL_STR(&const_ADAPTERTYPE_value, const_ADAPTERTYPE_value_str);
	zend_string *const_ADAPTERTYPE_name = zend_string_init_interned("ADAPTERTYPE", sizeof("ADAPTERTYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ADAPTERTYPE_name, &const_ADAPTERTYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ADAPTERTYPE_name);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "validateoptions", sizeof("validateoptions") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
