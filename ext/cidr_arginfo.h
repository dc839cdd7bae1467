/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: b421daf6b4fce0f62f6eb996c5c393443d909d26 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_MetaMTA_IPAddress___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_MetaMTA_IPAddress_newAddress, 0, 1, MetaMTA\\IPAddress, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, address, MetaMTA\\IPAddress, MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_IPAddress_getBitCount, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_IPAddress_toBits, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_IPAddress_getAddress arginfo_class_MetaMTA_IPAddress_toBits

#define arginfo_class_MetaMTA_IPAddress___toString arginfo_class_MetaMTA_IPAddress_toBits

#define arginfo_class_MetaMTA_CIDRBlock___construct arginfo_class_MetaMTA_IPAddress___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_MetaMTA_CIDRBlock_newBlock, 0, 1, MetaMTA\\CIDRBlock, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, block, MetaMTA\\CIDRBlock, MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_CIDRBlock_containsAddress, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, address, MetaMTA\\IPAddress, MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_MetaMTA_CIDRBlock_getAddress, 0, 0, MetaMTA\\IPAddress, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_CIDRBlock_getMask arginfo_class_MetaMTA_IPAddress_getBitCount

#define arginfo_class_MetaMTA_CIDRBlock___toString arginfo_class_MetaMTA_IPAddress_toBits

#define arginfo_class_MetaMTA_CIDRList___construct arginfo_class_MetaMTA_IPAddress___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_MetaMTA_CIDRList_newList, 0, 1, MetaMTA\\CIDRList, 0)
	ZEND_ARG_TYPE_INFO(0, blocks, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_MetaMTA_CIDRList_containsAddress arginfo_class_MetaMTA_CIDRBlock_containsAddress

#define arginfo_class_MetaMTA_CIDRList_count arginfo_class_MetaMTA_IPAddress_getBitCount

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_CIDRList_getBlocks, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


static ZEND_METHOD(MetaMTA_IPAddress, __construct);
static ZEND_METHOD(MetaMTA_IPAddress, newAddress);
static ZEND_METHOD(MetaMTA_IPAddress, getBitCount);
static ZEND_METHOD(MetaMTA_IPAddress, toBits);
static ZEND_METHOD(MetaMTA_IPAddress, getAddress);
static ZEND_METHOD(MetaMTA_CIDRBlock, __construct);
static ZEND_METHOD(MetaMTA_CIDRBlock, newBlock);
static ZEND_METHOD(MetaMTA_CIDRBlock, containsAddress);
static ZEND_METHOD(MetaMTA_CIDRBlock, getAddress);
static ZEND_METHOD(MetaMTA_CIDRBlock, getMask);
static ZEND_METHOD(MetaMTA_CIDRBlock, __toString);
static ZEND_METHOD(MetaMTA_CIDRList, __construct);
static ZEND_METHOD(MetaMTA_CIDRList, newList);
static ZEND_METHOD(MetaMTA_CIDRList, containsAddress);
static ZEND_METHOD(MetaMTA_CIDRList, count);
static ZEND_METHOD(MetaMTA_CIDRList, getBlocks);


static const zend_function_entry class_MetaMTA_IPAddress_methods[] = {
	ZEND_ME(MetaMTA_IPAddress, __construct, arginfo_class_MetaMTA_IPAddress___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(MetaMTA_IPAddress, newAddress, arginfo_class_MetaMTA_IPAddress_newAddress, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(MetaMTA_IPAddress, getBitCount, arginfo_class_MetaMTA_IPAddress_getBitCount, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_IPAddress, toBits, arginfo_class_MetaMTA_IPAddress_toBits, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_IPAddress, getAddress, arginfo_class_MetaMTA_IPAddress_getAddress, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(MetaMTA_IPAddress, __toString, getAddress, arginfo_class_MetaMTA_IPAddress___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_CIDRBlock_methods[] = {
	ZEND_ME(MetaMTA_CIDRBlock, __construct, arginfo_class_MetaMTA_CIDRBlock___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(MetaMTA_CIDRBlock, newBlock, arginfo_class_MetaMTA_CIDRBlock_newBlock, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(MetaMTA_CIDRBlock, containsAddress, arginfo_class_MetaMTA_CIDRBlock_containsAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_CIDRBlock, getAddress, arginfo_class_MetaMTA_CIDRBlock_getAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_CIDRBlock, getMask, arginfo_class_MetaMTA_CIDRBlock_getMask, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_CIDRBlock, __toString, arginfo_class_MetaMTA_CIDRBlock___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_MetaMTA_CIDRList_methods[] = {
	ZEND_ME(MetaMTA_CIDRList, __construct, arginfo_class_MetaMTA_CIDRList___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(MetaMTA_CIDRList, newList, arginfo_class_MetaMTA_CIDRList_newList, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(MetaMTA_CIDRList, containsAddress, arginfo_class_MetaMTA_CIDRList_containsAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_CIDRList, count, arginfo_class_MetaMTA_CIDRList_count, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_CIDRList, getBlocks, arginfo_class_MetaMTA_CIDRList_getBlocks, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_IPAddress(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "IPAddress", class_MetaMTA_IPAddress_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_CIDRBlock(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "CIDRBlock", class_MetaMTA_CIDRBlock_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_MetaMTA_CIDRList(zend_class_entry *class_entry_Countable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "CIDRList", class_MetaMTA_CIDRList_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Countable);

	return class_entry;
}
