/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 1a708885a50367558a3794ddebe0924dfcecd6f3 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_MetaMTA_PhoneNumber___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, number, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_PhoneNumber_toE164, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_PhoneNumber___toString arginfo_class_MetaMTA_PhoneNumber_toE164


static ZEND_METHOD(MetaMTA_PhoneNumber, __construct);
static ZEND_METHOD(MetaMTA_PhoneNumber, toE164);


static const zend_function_entry class_MetaMTA_PhoneNumber_methods[] = {
	ZEND_ME(MetaMTA_PhoneNumber, __construct, arginfo_class_MetaMTA_PhoneNumber___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_PhoneNumber, toE164, arginfo_class_MetaMTA_PhoneNumber_toE164, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(MetaMTA_PhoneNumber, __toString, toE164, arginfo_class_MetaMTA_PhoneNumber___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_PhoneNumber(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "PhoneNumber", class_MetaMTA_PhoneNumber_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
