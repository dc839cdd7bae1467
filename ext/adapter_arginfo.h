/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 312d02b34ca136cddacdb69e38f5cc82420a63fc */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_getAdapterType, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_getSupportedMessageTypes, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_sendMessage, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, message, MetaMTA\\ExternalMessage, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_validateOptions, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_MailAdapter_newDefaultOptions arginfo_class_MetaMTA_MailAdapter_getSupportedMessageTypes

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_supportsMessageIDHeader, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_supportsMessageType, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, type, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_setMedia, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, media, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_getMedia, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_setKey, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_getKey, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_setPriority, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, priority, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_getPriority, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_setSupportsInbound, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, supports, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_MailAdapter_getSupportsInbound arginfo_class_MetaMTA_MailAdapter_supportsMessageIDHeader

#define arginfo_class_MetaMTA_MailAdapter_setSupportsOutbound arginfo_class_MetaMTA_MailAdapter_setSupportsInbound

#define arginfo_class_MetaMTA_MailAdapter_getSupportsOutbound arginfo_class_MetaMTA_MailAdapter_supportsMessageIDHeader

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_getOption, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_setOptions, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_checkOptionTypes, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, types, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_MailAdapter_getAllAdapters arginfo_class_MetaMTA_MailAdapter_getSupportedMessageTypes

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAdapter_registerAdapterClass, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, class, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(MetaMTA_MailAdapter, getAdapterType);
ZEND_METHOD(MetaMTA_MailAdapter, supportsMessageIDHeader);
ZEND_METHOD(MetaMTA_MailAdapter, supportsMessageType);
ZEND_METHOD(MetaMTA_MailAdapter, setMedia);
ZEND_METHOD(MetaMTA_MailAdapter, getMedia);
ZEND_METHOD(MetaMTA_MailAdapter, setKey);
ZEND_METHOD(MetaMTA_MailAdapter, getKey);
ZEND_METHOD(MetaMTA_MailAdapter, setPriority);
ZEND_METHOD(MetaMTA_MailAdapter, getPriority);
ZEND_METHOD(MetaMTA_MailAdapter, setSupportsInbound);
ZEND_METHOD(MetaMTA_MailAdapter, getSupportsInbound);
ZEND_METHOD(MetaMTA_MailAdapter, setSupportsOutbound);
ZEND_METHOD(MetaMTA_MailAdapter, getSupportsOutbound);
ZEND_METHOD(MetaMTA_MailAdapter, getOption);
ZEND_METHOD(MetaMTA_MailAdapter, setOptions);
ZEND_METHOD(MetaMTA_MailAdapter, checkOptionTypes);
ZEND_METHOD(MetaMTA_MailAdapter, getAllAdapters);
ZEND_METHOD(MetaMTA_MailAdapter, registerAdapterClass);


static const zend_function_entry class_MetaMTA_MailAdapter_methods[] = {
	ZEND_ME(MetaMTA_MailAdapter, getAdapterType, arginfo_class_MetaMTA_MailAdapter_getAdapterType, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ABSTRACT_ME_WITH_FLAGS(MetaMTA_MailAdapter, getSupportedMessageTypes, arginfo_class_MetaMTA_MailAdapter_getSupportedMessageTypes, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(MetaMTA_MailAdapter, sendMessage, arginfo_class_MetaMTA_MailAdapter_sendMessage, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(MetaMTA_MailAdapter, validateOptions, arginfo_class_MetaMTA_MailAdapter_validateOptions, ZEND_ACC_PROTECTED|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(MetaMTA_MailAdapter, newDefaultOptions, arginfo_class_MetaMTA_MailAdapter_newDefaultOptions, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ME(MetaMTA_MailAdapter, supportsMessageIDHeader, arginfo_class_MetaMTA_MailAdapter_supportsMessageIDHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAdapter, supportsMessageType, arginfo_class_MetaMTA_MailAdapter_supportsMessageType, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, setMedia, arginfo_class_MetaMTA_MailAdapter_setMedia, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, getMedia, arginfo_class_MetaMTA_MailAdapter_getMedia, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, setKey, arginfo_class_MetaMTA_MailAdapter_setKey, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, getKey, arginfo_class_MetaMTA_MailAdapter_getKey, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, setPriority, arginfo_class_MetaMTA_MailAdapter_setPriority, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, getPriority, arginfo_class_MetaMTA_MailAdapter_getPriority, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, setSupportsInbound, arginfo_class_MetaMTA_MailAdapter_setSupportsInbound, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, getSupportsInbound, arginfo_class_MetaMTA_MailAdapter_getSupportsInbound, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, setSupportsOutbound, arginfo_class_MetaMTA_MailAdapter_setSupportsOutbound, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, getSupportsOutbound, arginfo_class_MetaMTA_MailAdapter_getSupportsOutbound, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, getOption, arginfo_class_MetaMTA_MailAdapter_getOption, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, setOptions, arginfo_class_MetaMTA_MailAdapter_setOptions, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, checkOptionTypes, arginfo_class_MetaMTA_MailAdapter_checkOptionTypes, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, getAllAdapters, arginfo_class_MetaMTA_MailAdapter_getAllAdapters, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_MailAdapter, registerAdapterClass, arginfo_class_MetaMTA_MailAdapter_registerAdapterClass, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC|ZEND_ACC_FINAL)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_MailAdapter(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "MailAdapter", class_MetaMTA_MailAdapter_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "validateoptions", sizeof("validateoptions") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "setoptions", sizeof("setoptions") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "checkoptiontypes", sizeof("checkoptiontypes") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
