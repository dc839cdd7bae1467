/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: ef658786367a18bdcf7b655151fe65b836a6db57 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_ExternalMessage_getMessageType, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_ExternalMessage_getAllMessageTypes, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailMessage_setFromAddress, 0, 1, IS_STATIC, 0)
	ZEND_ARG_OBJ_INFO(0, address, MetaMTA\\EmailAddress, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_MetaMTA_EmailMessage_getFromAddress, 0, 0, MetaMTA\\EmailAddress, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_EmailMessage_setReplyToAddress arginfo_class_MetaMTA_EmailMessage_setFromAddress

#define arginfo_class_MetaMTA_EmailMessage_getReplyToAddress arginfo_class_MetaMTA_EmailMessage_getFromAddress

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailMessage_setToAddresses, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, addresses, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_EmailMessage_getToAddresses arginfo_class_MetaMTA_ExternalMessage_getAllMessageTypes

#define arginfo_class_MetaMTA_EmailMessage_setCCAddresses arginfo_class_MetaMTA_EmailMessage_setToAddresses

#define arginfo_class_MetaMTA_EmailMessage_getCCAddresses arginfo_class_MetaMTA_ExternalMessage_getAllMessageTypes

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailMessage_setHeaders, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, headers, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_EmailMessage_getHeaders arginfo_class_MetaMTA_ExternalMessage_getAllMessageTypes

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailMessage_setAttachments, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, attachments, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_EmailMessage_getAttachments arginfo_class_MetaMTA_ExternalMessage_getAllMessageTypes

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailMessage_setSubject, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, subject, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailMessage_getSubject, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailMessage_setTextBody, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_EmailMessage_getTextBody arginfo_class_MetaMTA_EmailMessage_getSubject

#define arginfo_class_MetaMTA_EmailMessage_setHTMLBody arginfo_class_MetaMTA_EmailMessage_setTextBody

#define arginfo_class_MetaMTA_EmailMessage_getHTMLBody arginfo_class_MetaMTA_EmailMessage_getSubject

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailMessage_toRawMessage, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, withMessageID, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_SMSMessage_setToNumber, 0, 1, IS_STATIC, 0)
	ZEND_ARG_OBJ_INFO(0, number, MetaMTA\\PhoneNumber, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_MetaMTA_SMSMessage_getToNumber, 0, 0, MetaMTA\\PhoneNumber, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_SMSMessage_setTextBody arginfo_class_MetaMTA_EmailMessage_setTextBody

#define arginfo_class_MetaMTA_SMSMessage_getTextBody arginfo_class_MetaMTA_EmailMessage_getSubject


static ZEND_METHOD(MetaMTA_ExternalMessage, getMessageType);
static ZEND_METHOD(MetaMTA_ExternalMessage, getAllMessageTypes);
static ZEND_METHOD(MetaMTA_EmailMessage, setFromAddress);
static ZEND_METHOD(MetaMTA_EmailMessage, getFromAddress);
static ZEND_METHOD(MetaMTA_EmailMessage, setReplyToAddress);
static ZEND_METHOD(MetaMTA_EmailMessage, getReplyToAddress);
static ZEND_METHOD(MetaMTA_EmailMessage, setToAddresses);
static ZEND_METHOD(MetaMTA_EmailMessage, getToAddresses);
static ZEND_METHOD(MetaMTA_EmailMessage, setCCAddresses);
static ZEND_METHOD(MetaMTA_EmailMessage, getCCAddresses);
static ZEND_METHOD(MetaMTA_EmailMessage, setHeaders);
static ZEND_METHOD(MetaMTA_EmailMessage, getHeaders);
static ZEND_METHOD(MetaMTA_EmailMessage, setAttachments);
static ZEND_METHOD(MetaMTA_EmailMessage, getAttachments);
static ZEND_METHOD(MetaMTA_EmailMessage, setSubject);
static ZEND_METHOD(MetaMTA_EmailMessage, getSubject);
static ZEND_METHOD(MetaMTA_EmailMessage, setTextBody);
static ZEND_METHOD(MetaMTA_EmailMessage, getTextBody);
static ZEND_METHOD(MetaMTA_EmailMessage, setHTMLBody);
static ZEND_METHOD(MetaMTA_EmailMessage, getHTMLBody);
static ZEND_METHOD(MetaMTA_EmailMessage, toRawMessage);
static ZEND_METHOD(MetaMTA_SMSMessage, setToNumber);
static ZEND_METHOD(MetaMTA_SMSMessage, getToNumber);
static ZEND_METHOD(MetaMTA_SMSMessage, setTextBody);
static ZEND_METHOD(MetaMTA_SMSMessage, getTextBody);


static const zend_function_entry class_MetaMTA_ExternalMessage_methods[] = {
	ZEND_ME(MetaMTA_ExternalMessage, getMessageType, arginfo_class_MetaMTA_ExternalMessage_getMessageType, ZEND_ACC_PUBLIC|ZEND_ACC_FINAL)
	ZEND_ME(MetaMTA_ExternalMessage, getAllMessageTypes, arginfo_class_MetaMTA_ExternalMessage_getAllMessageTypes, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_EmailMessage_methods[] = {
	ZEND_ME(MetaMTA_EmailMessage, setFromAddress, arginfo_class_MetaMTA_EmailMessage_setFromAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, getFromAddress, arginfo_class_MetaMTA_EmailMessage_getFromAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, setReplyToAddress, arginfo_class_MetaMTA_EmailMessage_setReplyToAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, getReplyToAddress, arginfo_class_MetaMTA_EmailMessage_getReplyToAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, setToAddresses, arginfo_class_MetaMTA_EmailMessage_setToAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, getToAddresses, arginfo_class_MetaMTA_EmailMessage_getToAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, setCCAddresses, arginfo_class_MetaMTA_EmailMessage_setCCAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, getCCAddresses, arginfo_class_MetaMTA_EmailMessage_getCCAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, setHeaders, arginfo_class_MetaMTA_EmailMessage_setHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, getHeaders, arginfo_class_MetaMTA_EmailMessage_getHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, setAttachments, arginfo_class_MetaMTA_EmailMessage_setAttachments, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, getAttachments, arginfo_class_MetaMTA_EmailMessage_getAttachments, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, setSubject, arginfo_class_MetaMTA_EmailMessage_setSubject, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, getSubject, arginfo_class_MetaMTA_EmailMessage_getSubject, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, setTextBody, arginfo_class_MetaMTA_EmailMessage_setTextBody, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, getTextBody, arginfo_class_MetaMTA_EmailMessage_getTextBody, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, setHTMLBody, arginfo_class_MetaMTA_EmailMessage_setHTMLBody, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, getHTMLBody, arginfo_class_MetaMTA_EmailMessage_getHTMLBody, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailMessage, toRawMessage, arginfo_class_MetaMTA_EmailMessage_toRawMessage, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_SMSMessage_methods[] = {
	ZEND_ME(MetaMTA_SMSMessage, setToNumber, arginfo_class_MetaMTA_SMSMessage_setToNumber, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_SMSMessage, getToNumber, arginfo_class_MetaMTA_SMSMessage_getToNumber, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_SMSMessage, setTextBody, arginfo_class_MetaMTA_SMSMessage_setTextBody, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_SMSMessage, getTextBody, arginfo_class_MetaMTA_SMSMessage_getTextBody, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_ExternalMessage(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "ExternalMessage", class_MetaMTA_ExternalMessage_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_EmailMessage(zend_class_entry *class_entry_MetaMTA_ExternalMessage)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "EmailMessage", class_MetaMTA_EmailMessage_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_MetaMTA_ExternalMessage);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_MESSAGETYPE_value;
	zend_string *const_MESSAGETYPE_value_str = zend_string_init("email", strlen("email"), 1);
	ZVAL_STR(&const_MESSAGETYPE_value, const_MESSAGETYPE_value_str);
	zend_string *const_MESSAGETYPE_name = zend_string_init_interned("MESSAGETYPE", sizeof("MESSAGETYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MESSAGETYPE_name, &const_MESSAGETYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MESSAGETYPE_name);

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_SMSMessage(zend_class_entry *class_entry_MetaMTA_ExternalMessage)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "SMSMessage", class_MetaMTA_SMSMessage_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_MetaMTA_ExternalMessage);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_MESSAGETYPE_value;
	zend_string *const_MESSAGETYPE_value_str = zend_string_init("sms", strlen("sms"), 1);
	ZVAL_STR(&const_MESSAGETYPE_value, const_MESSAGETYPE_value_str);
	zend_string *const_MESSAGETYPE_name = zend_string_init_interned("MESSAGETYPE", sizeof("MESSAGETYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MESSAGETYPE_name, &const_MESSAGETYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MESSAGETYPE_name);

	return class_entry;
}
