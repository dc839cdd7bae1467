/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d5b292098f03dfab8735f2f807fde31a5454787e */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_MetaMTA_EmailAddress___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, address, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailAddress_getDisplayName, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailAddress_setDisplayName, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_EmailAddress_getLocalPart arginfo_class_MetaMTA_EmailAddress_getDisplayName

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailAddress_setLocalPart, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, localPart, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_EmailAddress_getDomainName arginfo_class_MetaMTA_EmailAddress_getDisplayName

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailAddress_setDomainName, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, domainName, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailAddress_getAddress, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_EmailAddress_setAddress, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, address, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_EmailAddress___toString arginfo_class_MetaMTA_EmailAddress_getAddress

#define arginfo_class_MetaMTA_EmailAddress_toHeaderValue arginfo_class_MetaMTA_EmailAddress_getAddress


static ZEND_METHOD(MetaMTA_EmailAddress, __construct);
static ZEND_METHOD(MetaMTA_EmailAddress, getDisplayName);
static ZEND_METHOD(MetaMTA_EmailAddress, setDisplayName);
static ZEND_METHOD(MetaMTA_EmailAddress, getLocalPart);
static ZEND_METHOD(MetaMTA_EmailAddress, setLocalPart);
static ZEND_METHOD(MetaMTA_EmailAddress, getDomainName);
static ZEND_METHOD(MetaMTA_EmailAddress, setDomainName);
static ZEND_METHOD(MetaMTA_EmailAddress, getAddress);
static ZEND_METHOD(MetaMTA_EmailAddress, setAddress);
static ZEND_METHOD(MetaMTA_EmailAddress, __toString);
static ZEND_METHOD(MetaMTA_EmailAddress, toHeaderValue);


static const zend_function_entry class_MetaMTA_EmailAddress_methods[] = {
	ZEND_ME(MetaMTA_EmailAddress, __construct, arginfo_class_MetaMTA_EmailAddress___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailAddress, getDisplayName, arginfo_class_MetaMTA_EmailAddress_getDisplayName, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailAddress, setDisplayName, arginfo_class_MetaMTA_EmailAddress_setDisplayName, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailAddress, getLocalPart, arginfo_class_MetaMTA_EmailAddress_getLocalPart, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailAddress, setLocalPart, arginfo_class_MetaMTA_EmailAddress_setLocalPart, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailAddress, getDomainName, arginfo_class_MetaMTA_EmailAddress_getDomainName, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailAddress, setDomainName, arginfo_class_MetaMTA_EmailAddress_setDomainName, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailAddress, getAddress, arginfo_class_MetaMTA_EmailAddress_getAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailAddress, setAddress, arginfo_class_MetaMTA_EmailAddress_setAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailAddress, __toString, arginfo_class_MetaMTA_EmailAddress___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_EmailAddress, toHeaderValue, arginfo_class_MetaMTA_EmailAddress_toHeaderValue, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_EmailAddress(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "EmailAddress", class_MetaMTA_EmailAddress_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
