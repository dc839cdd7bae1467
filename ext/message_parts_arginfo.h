/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c9fb8998fe65940d07273bdb0aaf1c85d866f916 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_MetaMTA_MailHeader___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, value, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailHeader_setName, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailHeader_getName, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailHeader_setValue, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_MailHeader_getValue arginfo_class_MetaMTA_MailHeader_getName

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_MetaMTA_MailAttachment___construct, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, mimetype, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAttachment_getData, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAttachment_setData, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_MailAttachment_getFilename arginfo_class_MetaMTA_MailAttachment_getData

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAttachment_setFilename, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_MailAttachment_getMimeType arginfo_class_MetaMTA_MailAttachment_getData

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAttachment_setMimeType, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, mimetype, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_MailAttachment_getContentID arginfo_class_MetaMTA_MailHeader_getName

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAttachment_setContentID, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, contentID, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAttachment_isInline, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailAttachment_setInline, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, inline, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()


static ZEND_METHOD(MetaMTA_MailHeader, __construct);
static ZEND_METHOD(MetaMTA_MailHeader, setName);
static ZEND_METHOD(MetaMTA_MailHeader, getName);
static ZEND_METHOD(MetaMTA_MailHeader, setValue);
static ZEND_METHOD(MetaMTA_MailHeader, getValue);
static ZEND_METHOD(MetaMTA_MailAttachment, __construct);
static ZEND_METHOD(MetaMTA_MailAttachment, getData);
static ZEND_METHOD(MetaMTA_MailAttachment, setData);
static ZEND_METHOD(MetaMTA_MailAttachment, getFilename);
static ZEND_METHOD(MetaMTA_MailAttachment, setFilename);
static ZEND_METHOD(MetaMTA_MailAttachment, getMimeType);
static ZEND_METHOD(MetaMTA_MailAttachment, setMimeType);
static ZEND_METHOD(MetaMTA_MailAttachment, getContentID);
static ZEND_METHOD(MetaMTA_MailAttachment, setContentID);
static ZEND_METHOD(MetaMTA_MailAttachment, isInline);
static ZEND_METHOD(MetaMTA_MailAttachment, setInline);


static const zend_function_entry class_MetaMTA_MailHeader_methods[] = {
	ZEND_ME(MetaMTA_MailHeader, __construct, arginfo_class_MetaMTA_MailHeader___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailHeader, setName, arginfo_class_MetaMTA_MailHeader_setName, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailHeader, getName, arginfo_class_MetaMTA_MailHeader_getName, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailHeader, setValue, arginfo_class_MetaMTA_MailHeader_setValue, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailHeader, getValue, arginfo_class_MetaMTA_MailHeader_getValue, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_MailAttachment_methods[] = {
	ZEND_ME(MetaMTA_MailAttachment, __construct, arginfo_class_MetaMTA_MailAttachment___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAttachment, getData, arginfo_class_MetaMTA_MailAttachment_getData, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAttachment, setData, arginfo_class_MetaMTA_MailAttachment_setData, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAttachment, getFilename, arginfo_class_MetaMTA_MailAttachment_getFilename, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAttachment, setFilename, arginfo_class_MetaMTA_MailAttachment_setFilename, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAttachment, getMimeType, arginfo_class_MetaMTA_MailAttachment_getMimeType, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAttachment, setMimeType, arginfo_class_MetaMTA_MailAttachment_setMimeType, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAttachment, getContentID, arginfo_class_MetaMTA_MailAttachment_getContentID, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAttachment, setContentID, arginfo_class_MetaMTA_MailAttachment_setContentID, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAttachment, isInline, arginfo_class_MetaMTA_MailAttachment_isInline, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailAttachment, setInline, arginfo_class_MetaMTA_MailAttachment_setInline, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_MailHeader(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "MailHeader", class_MetaMTA_MailHeader_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_MailAttachment(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "MailAttachment", class_MetaMTA_MailAttachment_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
