/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 579ed06b3bd222bab6293cfed902546905ab6868 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_TestAdapter_getSupportedMessageTypes, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_TestAdapter_sendMessage, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, message, MetaMTA\\ExternalMessage, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_TestAdapter_validateOptions, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_TestAdapter_newDefaultOptions arginfo_class_MetaMTA_TestAdapter_getSupportedMessageTypes

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_TestAdapter_supportsMessageIDHeader, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_TestAdapter_setSupportsMessageID, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, supports, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_TestAdapter_setFailPermanently, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, fail, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_TestAdapter_setFailTemporarily arginfo_class_MetaMTA_TestAdapter_setFailPermanently

#define arginfo_class_MetaMTA_TestAdapter_getGuts arginfo_class_MetaMTA_TestAdapter_getSupportedMessageTypes

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_TestAdapter_getBody, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_TestAdapter_getHTMLBody arginfo_class_MetaMTA_TestAdapter_getBody


static ZEND_METHOD(MetaMTA_TestAdapter, getSupportedMessageTypes);
static ZEND_METHOD(MetaMTA_TestAdapter, sendMessage);
static ZEND_METHOD(MetaMTA_TestAdapter, validateOptions);
static ZEND_METHOD(MetaMTA_TestAdapter, newDefaultOptions);
static ZEND_METHOD(MetaMTA_TestAdapter, supportsMessageIDHeader);
static ZEND_METHOD(MetaMTA_TestAdapter, setSupportsMessageID);
static ZEND_METHOD(MetaMTA_TestAdapter, setFailPermanently);
static ZEND_METHOD(MetaMTA_TestAdapter, setFailTemporarily);
static ZEND_METHOD(MetaMTA_TestAdapter, getGuts);
static ZEND_METHOD(MetaMTA_TestAdapter, getBody);
static ZEND_METHOD(MetaMTA_TestAdapter, getHTMLBody);


static const zend_function_entry class_MetaMTA_TestAdapter_methods[] = {
	ZEND_ME(MetaMTA_TestAdapter, getSupportedMessageTypes, arginfo_class_MetaMTA_TestAdapter_getSupportedMessageTypes, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_TestAdapter, sendMessage, arginfo_class_MetaMTA_TestAdapter_sendMessage, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_TestAdapter, validateOptions, arginfo_class_MetaMTA_TestAdapter_validateOptions, ZEND_ACC_PROTECTED)
	ZEND_ME(MetaMTA_TestAdapter, newDefaultOptions, arginfo_class_MetaMTA_TestAdapter_newDefaultOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_TestAdapter, supportsMessageIDHeader, arginfo_class_MetaMTA_TestAdapter_supportsMessageIDHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_TestAdapter, setSupportsMessageID, arginfo_class_MetaMTA_TestAdapter_setSupportsMessageID, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_TestAdapter, setFailPermanently, arginfo_class_MetaMTA_TestAdapter_setFailPermanently, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_TestAdapter, setFailTemporarily, arginfo_class_MetaMTA_TestAdapter_setFailTemporarily, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_TestAdapter, getGuts, arginfo_class_MetaMTA_TestAdapter_getGuts, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_TestAdapter, getBody, arginfo_class_MetaMTA_TestAdapter_getBody, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_TestAdapter, getHTMLBody, arginfo_class_MetaMTA_TestAdapter_getHTMLBody, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_TestAdapter(zend_class_entry *class_entry_MetaMTA_MailAdapter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "TestAdapter", class_MetaMTA_TestAdapter_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_MetaMTA_MailAdapter);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_ADAPTERTYPE_value;
	zend_string *const_ADAPTERTYPE_value_str = zend_string_init("test", strlen("test"), 1);
	ZVAL_STR(&const_ADAPTERTYPE_value, const_ADAPTERTYPE_value_str);
	zend_string *const_ADAPTERTYPE_name = zend_string_init_interned("ADAPTERTYPE", sizeof("ADAPTERTYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ADAPTERTYPE_name, &const_ADAPTERTYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ADAPTERTYPE_name);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "validateoptions", sizeof("validateoptions") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
