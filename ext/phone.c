/* MetaMTA\PhoneNumber: a number normalized to E.164 by src/phone.c. */
#include "php_metamta.h"

#include "phone.h"

#include "phone_arginfo.h"

zend_class_entry* metamta_ce_PhoneNumber;
static zend_object_handlers phone_handlers;

static zend_object* phone_create(zend_class_entry* ce)
{
	metamta_phone_object* intern = zend_object_alloc(sizeof(metamta_phone_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &phone_handlers;
	return &intern->std;
}

static void phone_free(zend_object* object)
{
	metamta_replace_string(&metamta_phone_from_obj(object)->e164, NULL);
	zend_object_std_dtor(object);
}

static zend_object* phone_clone(zend_object* old_object)
{
	zend_object* new_object = phone_create(old_object->ce);

	zend_objects_clone_members(new_object, old_object);
	metamta_replace_string(&metamta_phone_from_obj(new_object)->e164, metamta_phone_from_obj(old_object)->e164);
	return new_object;
}

static HashTable* phone_debug_info(zend_object* object, int* is_temp)
{
	HashTable* ht = zend_new_array(1);

	metamta_debug_add_string(ht, "number", metamta_phone_from_obj(object)->e164);
	*is_temp = 1;
	return ht;
}

/* Equal when the normalized numbers are equal. */
static int phone_compare(zval* a, zval* b)
{
	zend_string *x, *y;

	ZEND_COMPARE_OBJECTS_FALLBACK(a, b);
	if (Z_OBJCE_P(a) != Z_OBJCE_P(b)) {
		return ZEND_UNCOMPARABLE;
	}
	x = Z_METAMTA_PHONE_P(a)->e164;
	y = Z_METAMTA_PHONE_P(b)->e164;
	if (!x || !y) {
		return x == y ? 0 : ZEND_UNCOMPARABLE;
	}
	return zend_string_equals(x, y) ? 0 : ZEND_UNCOMPARABLE;
}

ZEND_METHOD(MetaMTA_PhoneNumber, __construct)
{
	metamta_phone_object* intern = Z_METAMTA_PHONE_P(ZEND_THIS);
	zend_string* raw;
	char e164[MM_PHONE_E164_SIZE];
	size_t e164_len;
	mm_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(raw)
	ZEND_PARSE_PARAMETERS_END();

	mm_error_clear(&err);
	if (!mm_phone_normalize(ZSTR_VAL(raw), ZSTR_LEN(raw), e164, &e164_len, &err)) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	metamta_replace_string(&intern->e164, NULL);
	intern->e164 = zend_string_init(e164, e164_len, 0);
}

/* Also __toString() (an alias in the stub); "" for an object whose constructor never ran. */
ZEND_METHOD(MetaMTA_PhoneNumber, toE164)
{
	zend_string* e164 = Z_METAMTA_PHONE_P(ZEND_THIS)->e164;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!e164) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR_COPY(e164);
}

void metamta_minit_phone(void)
{
	metamta_ce_PhoneNumber = register_class_MetaMTA_PhoneNumber();
	metamta_ce_PhoneNumber->create_object = phone_create;

	metamta_value_handlers_init(
	    &phone_handlers, XtOffsetOf(metamta_phone_object, std), phone_free, phone_clone, phone_debug_info);
	phone_handlers.compare = phone_compare;
}
