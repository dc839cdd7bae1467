/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9e9684c43224d2636d654dc681f6ab68a714e6fd */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_MetaMTA_SendResult___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_SendResult_isSent, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_SendResult_getMailerKey, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_MetaMTA_SendResult_getException, 0, 0, Throwable, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_SendResult_getAttempts, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()


static ZEND_METHOD(MetaMTA_SendResult, __construct);
static ZEND_METHOD(MetaMTA_SendResult, isSent);
static ZEND_METHOD(MetaMTA_SendResult, getMailerKey);
static ZEND_METHOD(MetaMTA_SendResult, getException);
static ZEND_METHOD(MetaMTA_SendResult, getAttempts);


static const zend_function_entry class_MetaMTA_SendResult_methods[] = {
	ZEND_ME(MetaMTA_SendResult, __construct, arginfo_class_MetaMTA_SendResult___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(MetaMTA_SendResult, isSent, arginfo_class_MetaMTA_SendResult_isSent, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_SendResult, getMailerKey, arginfo_class_MetaMTA_SendResult_getMailerKey, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_SendResult, getException, arginfo_class_MetaMTA_SendResult_getException, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_SendResult, getAttempts, arginfo_class_MetaMTA_SendResult_getAttempts, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_SendResult(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "SendResult", class_MetaMTA_SendResult_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
