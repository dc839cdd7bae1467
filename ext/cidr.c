/* IPAddress, CIDRBlock and CIDRList: thin objects over the core's binary
 * addresses and blocks (src/ip.c, src/cidr.c). */
#include "php_metamta.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "cidr_arginfo.h"

zend_class_entry* metamta_ce_IPAddress;
zend_class_entry* metamta_ce_CIDRBlock;
zend_class_entry* metamta_ce_CIDRList;

static zend_object_handlers ip_handlers;
static zend_object_handlers block_handlers;
static zend_object_handlers list_handlers;

/* ---- object handlers ----------------------------------------------------- */

static zend_object* ip_create(zend_class_entry* ce)
{
	metamta_ip_object* intern = zend_object_alloc(sizeof(metamta_ip_object), ce);

	/* Only the factories create objects; 0.0.0.0 keeps a stray one harmless. */
	memset(&intern->ip, 0, sizeof(intern->ip));
	intern->ip.family_bits = 32;
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &ip_handlers;
	return &intern->std;
}

static zend_object* block_create(zend_class_entry* ce)
{
	metamta_cidr_block_object* intern = zend_object_alloc(sizeof(metamta_cidr_block_object), ce);

	memset(&intern->block, 0, sizeof(intern->block));
	intern->block.address.family_bits = 32;
	intern->block.mask = 32;
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &block_handlers;
	return &intern->std;
}

static zend_object* list_create(zend_class_entry* ce)
{
	metamta_cidr_list_object* intern = zend_object_alloc(sizeof(metamta_cidr_list_object), ce);

	intern->list = NULL;
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &list_handlers;
	return &intern->std;
}

static void list_free(zend_object* object)
{
	metamta_cidr_list_object* intern = metamta_cidr_list_from_obj(object);

	mm_cidr_list_free(intern->list);
	intern->list = NULL;
	zend_object_std_dtor(object);
}

static zend_object* ip_clone(zend_object* old)
{
	zend_object* copy = ip_create(old->ce);

	metamta_ip_from_obj(copy)->ip = metamta_ip_from_obj(old)->ip;
	zend_objects_clone_members(copy, old);
	return copy;
}

static zend_object* block_clone(zend_object* old)
{
	zend_object* copy = block_create(old->ce);

	metamta_cidr_block_from_obj(copy)->block = metamta_cidr_block_from_obj(old)->block;
	zend_objects_clone_members(copy, old);
	return copy;
}

static zend_object* list_clone(zend_object* old)
{
	zend_object* copy = list_create(old->ce);
	const mm_cidr_list* source = metamta_cidr_list_from_obj(old)->list;

	if (source) {
		metamta_cidr_list_from_obj(copy)->list = mm_cidr_list_copy(source);
		if (!metamta_cidr_list_from_obj(copy)->list) {
			zend_throw_exception(
			    metamta_ce_RuntimeException, "Out of memory while copying a CIDR list.", 0);
		}
	}
	zend_objects_clone_members(copy, old);
	return copy;
}

static zend_string* ip_string(const mm_ip* ip)
{
	char text[MM_IP_TEXT_MAX];
	size_t len = mm_ip_format(ip, text);

	return zend_string_init(text, len, 0);
}

static zend_string* block_string(const mm_cidr_block* block)
{
	char text[MM_CIDR_TEXT_MAX];
	size_t len = mm_cidr_block_format(block, text);

	return zend_string_init(text, len, 0);
}

static HashTable* ip_debug_info(zend_object* object, int* is_temp)
{
	const mm_ip* ip = &metamta_ip_from_obj(object)->ip;
	HashTable* info = zend_new_array(2);
	zval value;

	*is_temp = 1;
	ZVAL_STR(&value, ip_string(ip));
	zend_hash_str_add_new(info, "address", sizeof("address") - 1, &value);
	ZVAL_LONG(&value, ip->family_bits);
	zend_hash_str_add_new(info, "bitCount", sizeof("bitCount") - 1, &value);
	return info;
}

static HashTable* block_debug_info(zend_object* object, int* is_temp)
{
	HashTable* info = zend_new_array(1);
	zval value;

	*is_temp = 1;
	ZVAL_STR(&value, block_string(&metamta_cidr_block_from_obj(object)->block));
	zend_hash_str_add_new(info, "block", sizeof("block") - 1, &value);
	return info;
}

static HashTable* list_debug_info(zend_object* object, int* is_temp)
{
	const mm_cidr_list* list = metamta_cidr_list_from_obj(object)->list;
	size_t count = list ? list->count : 0, i;
	HashTable* info = zend_new_array(1);
	zval blocks, value;

	*is_temp = 1;
	array_init_size(&blocks, (uint32_t)count);
	for (i = 0; i < count; i++) {
		ZVAL_STR(&value, block_string(&list->blocks[i]));
		zend_hash_next_index_insert_new(Z_ARRVAL(blocks), &value);
	}
	zend_hash_str_add_new(info, "blocks", sizeof("blocks") - 1, &blocks);
	return info;
}

/* The property tables are empty, so the default comparison would call every
 * two objects of a class equal; compare the values instead. */
static int ip_compare(zval* a, zval* b)
{
	int diff;

	ZEND_COMPARE_OBJECTS_FALLBACK(a, b);
	if (Z_OBJCE_P(a) != Z_OBJCE_P(b)) {
		return ZEND_UNCOMPARABLE;
	}
	diff = mm_ip_compare(&Z_METAMTA_IP_P(a)->ip, &Z_METAMTA_IP_P(b)->ip);
	return ZEND_NORMALIZE_BOOL(diff);
}

static int block_compare(zval* a, zval* b)
{
	const mm_cidr_block *x, *y;
	int diff;

	ZEND_COMPARE_OBJECTS_FALLBACK(a, b);
	if (Z_OBJCE_P(a) != Z_OBJCE_P(b)) {
		return ZEND_UNCOMPARABLE;
	}
	x = &Z_METAMTA_CIDR_BLOCK_P(a)->block;
	y = &Z_METAMTA_CIDR_BLOCK_P(b)->block;
	diff = mm_ip_compare(&x->address, &y->address);
	if (diff == 0) {
		diff = x->mask == y->mask ? 0 : (x->mask < y->mask ? -1 : 1);
	}
	return ZEND_NORMALIZE_BOOL(diff);
}

static int list_compare(zval* a, zval* b)
{
	const mm_cidr_list *x, *y;
	size_t nx, ny, i;

	ZEND_COMPARE_OBJECTS_FALLBACK(a, b);
	if (Z_OBJCE_P(a) != Z_OBJCE_P(b)) {
		return ZEND_UNCOMPARABLE;
	}
	x = Z_METAMTA_CIDR_LIST_P(a)->list;
	y = Z_METAMTA_CIDR_LIST_P(b)->list;
	nx = x ? x->count : 0;
	ny = y ? y->count : 0;
	if (nx != ny) {
		return ZEND_UNCOMPARABLE;
	}
	/* Lists have no order; equal or not is all == needs. */
	for (i = 0; i < nx; i++) {
		if (mm_ip_compare(&x->blocks[i].address, &y->blocks[i].address) != 0 ||
		    x->blocks[i].mask != y->blocks[i].mask) {
			return ZEND_UNCOMPARABLE;
		}
	}
	return 0;
}

/* ---- conversions --------------------------------------------------------- */

/* The candidate address from an IPAddress|string argument; throws and
 * returns false when the text does not parse. */
static bool address_from_arg(zend_object* object, zend_string* text, mm_ip* out)
{
	mm_error err;

	if (object) {
		*out = metamta_ip_from_obj(object)->ip;
		return true;
	}
	mm_error_clear(&err);
	if (!mm_ip_parse(ZSTR_VAL(text), ZSTR_LEN(text), out, &err)) {
		metamta_throw_error(&err);
		return false;
	}
	return true;
}

/* Builds a core list from an array of block strings and CIDRBlock objects.
 * A wrong element type is newList's TypeError when arg_num > 0, else (an
 * adapter option) an InvalidArgumentException. Throws and returns NULL. */
static mm_cidr_list* list_from_array(HashTable* blocks, uint32_t arg_num)
{
	mm_cidr_list* list = mm_cidr_list_new();
	mm_error err;
	zval* element;

	mm_error_clear(&err);
	if (!list) {
		mm_error_set(&err, MM_ERROR_INTERNAL, 0, "Out of memory while building a CIDR list.");
		metamta_throw_error(&err);
		return NULL;
	}
	ZEND_HASH_FOREACH_VAL(blocks, element)
	{
		bool ok;

		ZVAL_DEREF(element);
		if (Z_TYPE_P(element) == IS_STRING) {
			ok = mm_cidr_list_append_text(list, Z_STRVAL_P(element), Z_STRLEN_P(element), &err);
		} else if (Z_TYPE_P(element) == IS_OBJECT && Z_OBJCE_P(element) == metamta_ce_CIDRBlock) {
			ok = mm_cidr_list_append(list, &Z_METAMTA_CIDR_BLOCK_P(element)->block, &err);
		} else {
			if (arg_num > 0) {
				zend_argument_type_error(arg_num,
				    "must contain only strings or MetaMTA\\CIDRBlock objects, %s given",
				    zend_zval_type_name(element));
			} else {
				metamta_throw_invalid(
				    "A CIDR list must contain only strings or MetaMTA\\CIDRBlock objects, %s given.",
				    zend_zval_type_name(element));
			}
			mm_cidr_list_free(list);
			return NULL;
		}
		if (!ok) {
			metamta_throw_error(&err);
			mm_cidr_list_free(list);
			return NULL;
		}
	}
	ZEND_HASH_FOREACH_END();
	return list;
}

bool metamta_cidr_list_validate(HashTable* blocks)
{
	mm_cidr_list* list = list_from_array(blocks, 0);

	mm_cidr_list_free(list);
	return list != NULL;
}

bool metamta_cidr_list_contains_address(HashTable* blocks, zend_string* address, bool* result)
{
	mm_cidr_list* list = list_from_array(blocks, 0);
	mm_error err;
	bool ok;

	*result = false;
	if (!list) {
		return false;
	}
	mm_error_clear(&err);
	ok = mm_cidr_list_contains_text(list, ZSTR_VAL(address), ZSTR_LEN(address), result, &err);
	mm_cidr_list_free(list);
	if (!ok) {
		metamta_throw_error(&err);
	}
	return ok;
}

static void return_ip(zval* return_value, const mm_ip* ip)
{
	object_init_ex(return_value, metamta_ce_IPAddress);
	Z_METAMTA_IP_P(return_value)->ip = *ip;
}

static void return_block(zval* return_value, const mm_cidr_block* block)
{
	object_init_ex(return_value, metamta_ce_CIDRBlock);
	Z_METAMTA_CIDR_BLOCK_P(return_value)->block = *block;
}

/* ---- IPAddress ----------------------------------------------------------- */

static ZEND_METHOD(MetaMTA_IPAddress, __construct) { ZEND_PARSE_PARAMETERS_NONE(); }

static ZEND_METHOD(MetaMTA_IPAddress, newAddress)
{
	zend_object* object;
	zend_string* text;
	mm_ip ip;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJ_OF_CLASS_OR_STR(object, metamta_ce_IPAddress, text)
	ZEND_PARSE_PARAMETERS_END();

	if (!address_from_arg(object, text, &ip)) {
		RETURN_THROWS();
	}
	return_ip(return_value, &ip);
}

static ZEND_METHOD(MetaMTA_IPAddress, getBitCount)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(Z_METAMTA_IP_P(ZEND_THIS)->ip.family_bits);
}

static ZEND_METHOD(MetaMTA_IPAddress, toBits)
{
	const mm_ip* ip = &Z_METAMTA_IP_P(ZEND_THIS)->ip;
	zend_string* bits;

	ZEND_PARSE_PARAMETERS_NONE();
	bits = zend_string_alloc(ip->family_bits == 32 ? 32 : 128, 0);
	mm_ip_write_bits(ip, ZSTR_VAL(bits));
	ZSTR_VAL(bits)[ZSTR_LEN(bits)] = '\0';
	RETURN_NEW_STR(bits);
}

static ZEND_METHOD(MetaMTA_IPAddress, getAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_NEW_STR(ip_string(&Z_METAMTA_IP_P(ZEND_THIS)->ip));
}

/* ---- CIDRBlock ----------------------------------------------------------- */

static ZEND_METHOD(MetaMTA_CIDRBlock, __construct) { ZEND_PARSE_PARAMETERS_NONE(); }

static ZEND_METHOD(MetaMTA_CIDRBlock, newBlock)
{
	zend_object* object;
	zend_string* text;
	mm_cidr_block block;
	mm_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJ_OF_CLASS_OR_STR(object, metamta_ce_CIDRBlock, text)
	ZEND_PARSE_PARAMETERS_END();

	if (object) {
		block = metamta_cidr_block_from_obj(object)->block;
	} else {
		mm_error_clear(&err);
		if (!mm_cidr_block_parse(ZSTR_VAL(text), ZSTR_LEN(text), &block, &err)) {
			metamta_throw_error(&err);
			RETURN_THROWS();
		}
	}
	return_block(return_value, &block);
}

static ZEND_METHOD(MetaMTA_CIDRBlock, containsAddress)
{
	zend_object* object;
	zend_string* text;
	mm_ip ip;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJ_OF_CLASS_OR_STR(object, metamta_ce_IPAddress, text)
	ZEND_PARSE_PARAMETERS_END();

	if (!address_from_arg(object, text, &ip)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(mm_cidr_block_contains(&Z_METAMTA_CIDR_BLOCK_P(ZEND_THIS)->block, &ip));
}

static ZEND_METHOD(MetaMTA_CIDRBlock, getAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_ip(return_value, &Z_METAMTA_CIDR_BLOCK_P(ZEND_THIS)->block.address);
}

static ZEND_METHOD(MetaMTA_CIDRBlock, getMask)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long)Z_METAMTA_CIDR_BLOCK_P(ZEND_THIS)->block.mask);
}

static ZEND_METHOD(MetaMTA_CIDRBlock, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_NEW_STR(block_string(&Z_METAMTA_CIDR_BLOCK_P(ZEND_THIS)->block));
}

/* ---- CIDRList ------------------------------------------------------------ */

static ZEND_METHOD(MetaMTA_CIDRList, __construct) { ZEND_PARSE_PARAMETERS_NONE(); }

static ZEND_METHOD(MetaMTA_CIDRList, newList)
{
	HashTable* blocks;
	mm_cidr_list* list;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(blocks)
	ZEND_PARSE_PARAMETERS_END();

	list = list_from_array(blocks, 1);
	if (!list) {
		RETURN_THROWS();
	}
	object_init_ex(return_value, metamta_ce_CIDRList);
	Z_METAMTA_CIDR_LIST_P(return_value)->list = list;
}

static ZEND_METHOD(MetaMTA_CIDRList, containsAddress)
{
	const mm_cidr_list* list = Z_METAMTA_CIDR_LIST_P(ZEND_THIS)->list;
	zend_object* object;
	zend_string* text;
	mm_ip ip;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJ_OF_CLASS_OR_STR(object, metamta_ce_IPAddress, text)
	ZEND_PARSE_PARAMETERS_END();

	/* As the original: an empty list answers without looking at the address. */
	if (!list || list->count == 0) {
		RETURN_FALSE;
	}
	if (!address_from_arg(object, text, &ip)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(mm_cidr_list_contains(list, &ip));
}

static ZEND_METHOD(MetaMTA_CIDRList, count)
{
	const mm_cidr_list* list = Z_METAMTA_CIDR_LIST_P(ZEND_THIS)->list;

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(list ? (zend_long)list->count : 0);
}

static ZEND_METHOD(MetaMTA_CIDRList, getBlocks)
{
	const mm_cidr_list* list = Z_METAMTA_CIDR_LIST_P(ZEND_THIS)->list;
	size_t count = list ? list->count : 0, i;
	zval block;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, (uint32_t)count);
	for (i = 0; i < count; i++) {
		return_block(&block, &list->blocks[i]);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &block);
	}
}

/* ---- registration -------------------------------------------------------- */

void metamta_minit_cidr(void)
{
	metamta_ce_IPAddress = register_class_MetaMTA_IPAddress();
	metamta_ce_IPAddress->create_object = ip_create;
	memcpy(&ip_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	ip_handlers.offset = XtOffsetOf(metamta_ip_object, std);
	ip_handlers.clone_obj = ip_clone;
	ip_handlers.get_debug_info = ip_debug_info;
	ip_handlers.compare = ip_compare;

	metamta_ce_CIDRBlock = register_class_MetaMTA_CIDRBlock();
	metamta_ce_CIDRBlock->create_object = block_create;
	memcpy(&block_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	block_handlers.offset = XtOffsetOf(metamta_cidr_block_object, std);
	block_handlers.clone_obj = block_clone;
	block_handlers.get_debug_info = block_debug_info;
	block_handlers.compare = block_compare;

	metamta_ce_CIDRList = register_class_MetaMTA_CIDRList(zend_ce_countable);
	metamta_ce_CIDRList->create_object = list_create;
	memcpy(&list_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	list_handlers.offset = XtOffsetOf(metamta_cidr_list_object, std);
	list_handlers.free_obj = list_free;
	list_handlers.clone_obj = list_clone;
	list_handlers.get_debug_info = list_debug_info;
	list_handlers.compare = list_compare;
}
