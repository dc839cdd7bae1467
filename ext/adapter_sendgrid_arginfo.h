/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4dc9c2a5e48ec4841af064e6f972908837510fc6 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_SendGridAdapter_getSupportedMessageTypes, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_SendGridAdapter_sendMessage, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, message, MetaMTA\\ExternalMessage, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_SendGridAdapter_validateOptions, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_SendGridAdapter_newDefaultOptions arginfo_class_MetaMTA_SendGridAdapter_getSupportedMessageTypes


static ZEND_METHOD(MetaMTA_SendGridAdapter, getSupportedMessageTypes);
static ZEND_METHOD(MetaMTA_SendGridAdapter, sendMessage);
static ZEND_METHOD(MetaMTA_SendGridAdapter, validateOptions);
static ZEND_METHOD(MetaMTA_SendGridAdapter, newDefaultOptions);


static const zend_function_entry class_MetaMTA_SendGridAdapter_methods[] = {
	ZEND_ME(MetaMTA_SendGridAdapter, getSupportedMessageTypes, arginfo_class_MetaMTA_SendGridAdapter_getSupportedMessageTypes, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_SendGridAdapter, sendMessage, arginfo_class_MetaMTA_SendGridAdapter_sendMessage, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_SendGridAdapter, validateOptions, arginfo_class_MetaMTA_SendGridAdapter_validateOptions, ZEND_ACC_PROTECTED)
	ZEND_ME(MetaMTA_SendGridAdapter, newDefaultOptions, arginfo_class_MetaMTA_SendGridAdapter_newDefaultOptions, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_SendGridAdapter(zend_class_entry *class_entry_MetaMTA_MailAdapter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "SendGridAdapter", class_MetaMTA_SendGridAdapter_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_MetaMTA_MailAdapter);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_ADAPTERTYPE_value;
	zend_string *const_ADAPTERTYPE_value_str = zend_string_init("sendgrid", strlen("sendgrid"), 1);
	ZVAL_STR(&const_ADAPTERTYPE_value, const_ADAPTERTYPE_value_str);
	zend_string *const_ADAPTERTYPE_name = zend_string_init_interned("ADAPTERTYPE", sizeof("ADAPTERTYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ADAPTERTYPE_name, &const_ADAPTERTYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ADAPTERTYPE_name);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "validateoptions", sizeof("validateoptions") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
