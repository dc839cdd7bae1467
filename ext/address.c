/* MetaMTA\EmailAddress: libphutil's liberal address parser and its string
 * forms, over the core in src/address.c. */
#include "php_metamta.h"

#include "zend_interfaces.h"

#include "address.h"
#include "buffer.h"
#include "mm_alloc.h"
#include "text.h"

#include "address_arginfo.h"

zend_class_entry* metamta_ce_EmailAddress;
static zend_object_handlers address_handlers;

static zend_string* string_of(mm_str v) { return v.ptr ? zend_string_init(v.ptr, v.len, 0) : NULL; }

void metamta_address_to_core(zend_object* address, mm_address* out)
{
	metamta_address_object* intern = metamta_address_from_obj(address);

	out->display_name = metamta_str_view(intern->display_name);
	out->local_part = metamta_str_view(intern->local_part);
	out->domain_name = metamta_str_view(intern->domain_name);
}

/* Copies a finished core buffer into a PHP string (the buffer stays owned by the caller). */
static zend_string* string_from_buf(const mm_buf* buf)
{
	return zend_string_init(buf->data ? buf->data : "", buf->len, 0);
}

zend_string* metamta_address_string_form(zend_object* address)
{
	mm_address core;
	mm_buf buf;
	zend_string* result;

	metamta_address_to_core(address, &core);
	mm_buf_init(&buf);
	mm_address_append_string_form(&core, &buf);
	result = string_from_buf(&buf);
	mm_buf_free(&buf);
	return result;
}

static void address_clear(metamta_address_object* intern)
{
	metamta_replace_string(&intern->display_name, NULL);
	metamta_replace_string(&intern->local_part, NULL);
	metamta_replace_string(&intern->domain_name, NULL);
}

static zend_object* address_create(zend_class_entry* ce)
{
	metamta_address_object* intern = zend_object_alloc(sizeof(metamta_address_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &address_handlers;
	return &intern->std;
}

static void address_free(zend_object* object)
{
	address_clear(metamta_address_from_obj(object));
	zend_object_std_dtor(object);
}

static zend_object* address_clone(zend_object* old_object)
{
	metamta_address_object* old = metamta_address_from_obj(old_object);
	zend_object* new_object = address_create(old_object->ce);
	metamta_address_object* copy = metamta_address_from_obj(new_object);

	zend_objects_clone_members(new_object, old_object);
	metamta_replace_string(&copy->display_name, old->display_name);
	metamta_replace_string(&copy->local_part, old->local_part);
	metamta_replace_string(&copy->domain_name, old->domain_name);
	return new_object;
}

static HashTable* address_debug_info(zend_object* object, int* is_temp)
{
	metamta_address_object* intern = metamta_address_from_obj(object);
	HashTable* ht = zend_new_array(3);

	metamta_debug_add_string(ht, "displayName", intern->display_name);
	metamta_debug_add_string(ht, "localPart", intern->local_part);
	metamta_debug_add_string(ht, "domainName", intern->domain_name);
	*is_temp = 1;
	return ht;
}

/* Null and "" differ, as they do for the original's properties. */
static bool same_string(const zend_string* a, const zend_string* b)
{
	if (!a || !b) {
		return a == b;
	}
	return zend_string_equals(a, b);
}

/* Equal when all three parts are equal, so == compares addresses, not empty property tables. */
static int address_compare(zval* a, zval* b)
{
	metamta_address_object *x, *y;

	ZEND_COMPARE_OBJECTS_FALLBACK(a, b);
	if (Z_OBJCE_P(a) != Z_OBJCE_P(b)) {
		return ZEND_UNCOMPARABLE;
	}
	x = Z_METAMTA_ADDRESS_P(a);
	y = Z_METAMTA_ADDRESS_P(b);
	if (same_string(x->display_name, y->display_name) && same_string(x->local_part, y->local_part) &&
	    same_string(x->domain_name, y->domain_name)) {
		return 0;
	}
	return ZEND_UNCOMPARABLE;
}

/* Stores value in *slot after the CR/LF/NUL check; false after throwing. */
static bool set_part(zend_string** slot, zend_string* value, const char* what)
{
	if (value && !metamta_check_header_material(value, what)) {
		return false;
	}
	metamta_replace_string(slot, value);
	return true;
}

ZEND_METHOD(MetaMTA_EmailAddress, __construct)
{
	metamta_address_object* intern = Z_METAMTA_ADDRESS_P(ZEND_THIS);
	zend_string* text = NULL;
	mm_address parsed;

	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(text)
	ZEND_PARSE_PARAMETERS_END();

	mm_address_parse(text ? ZSTR_VAL(text) : "", text ? ZSTR_LEN(text) : 0, &parsed);
	/* Every byte of the trimmed text lands in one of the parts, so checking them checks it all. */
	if (mm_text_find_line_break_or_nul(parsed.display_name.ptr, parsed.display_name.len) !=
	        parsed.display_name.len ||
	    mm_text_find_line_break_or_nul(parsed.local_part.ptr, parsed.local_part.len) != parsed.local_part.len ||
	    mm_text_find_line_break_or_nul(parsed.domain_name.ptr, parsed.domain_name.len) != parsed.domain_name.len) {
		char quoted[160];
		mm_quote(quoted, sizeof(quoted), ZSTR_VAL(text), ZSTR_LEN(text));
		metamta_throw_invalid("Email address must not contain CR, LF or NUL, %s given", quoted);
		RETURN_THROWS();
	}
	address_clear(intern);
	intern->display_name = string_of(parsed.display_name);
	intern->local_part = string_of(parsed.local_part);
	intern->domain_name = string_of(parsed.domain_name);
}

#define ADDRESS_GETTER(method, field)                                            \
	ZEND_METHOD(MetaMTA_EmailAddress, method)                                \
	{                                                                        \
		metamta_address_object* intern = Z_METAMTA_ADDRESS_P(ZEND_THIS); \
		ZEND_PARSE_PARAMETERS_NONE();                                    \
		if (!intern->field) {                                            \
			RETURN_NULL();                                           \
		}                                                                \
		RETURN_STR_COPY(intern->field);                                  \
	}

#define ADDRESS_SETTER(method, field, what)                                      \
	ZEND_METHOD(MetaMTA_EmailAddress, method)                                \
	{                                                                        \
		metamta_address_object* intern = Z_METAMTA_ADDRESS_P(ZEND_THIS); \
		zend_string* value;                                              \
		ZEND_PARSE_PARAMETERS_START(1, 1)                                \
		Z_PARAM_STR_OR_NULL(value)                                       \
		ZEND_PARSE_PARAMETERS_END();                                     \
		if (!set_part(&intern->field, value, what)) {                    \
			RETURN_THROWS();                                         \
		}                                                                \
		RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));                             \
	}

ADDRESS_GETTER(getDisplayName, display_name)
ADDRESS_GETTER(getLocalPart, local_part)
ADDRESS_GETTER(getDomainName, domain_name)
ADDRESS_SETTER(setDisplayName, display_name, "Display name")
ADDRESS_SETTER(setLocalPart, local_part, "Local part")
ADDRESS_SETTER(setDomainName, domain_name, "Domain name")

ZEND_METHOD(MetaMTA_EmailAddress, getAddress)
{
	mm_address core;
	mm_buf buf;

	ZEND_PARSE_PARAMETERS_NONE();
	metamta_address_to_core(Z_OBJ_P(ZEND_THIS), &core);
	mm_buf_init(&buf);
	mm_address_append_addr_spec(&core, &buf);
	RETVAL_STR(string_from_buf(&buf));
	mm_buf_free(&buf);
}

ZEND_METHOD(MetaMTA_EmailAddress, setAddress)
{
	metamta_address_object* intern = Z_METAMTA_ADDRESS_P(ZEND_THIS);
	zend_string* address;
	const char* at;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(address)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_check_header_material(address, "Address")) {
		RETURN_THROWS();
	}
	/* Split at the first '@'; without one the domain is kept (messages.md §7.2). */
	at = memchr(ZSTR_VAL(address), '@', ZSTR_LEN(address));
	if (at) {
		size_t local_len = (size_t)(at - ZSTR_VAL(address));
		zend_string* local = zend_string_init(ZSTR_VAL(address), local_len, 0);
		zend_string* domain = zend_string_init(at + 1, ZSTR_LEN(address) - local_len - 1, 0);
		metamta_replace_string(&intern->local_part, local);
		metamta_replace_string(&intern->domain_name, domain);
		zend_string_release(local);
		zend_string_release(domain);
	} else {
		metamta_replace_string(&intern->local_part, address);
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_EmailAddress, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(metamta_address_string_form(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(MetaMTA_EmailAddress, toHeaderValue)
{
	mm_address core;
	mm_buf buf;
	mm_error err;

	ZEND_PARSE_PARAMETERS_NONE();
	metamta_address_to_core(Z_OBJ_P(ZEND_THIS), &core);
	mm_buf_init(&buf);
	mm_error_clear(&err);
	if (!mm_address_append_header_form(&core, &buf, &err)) {
		mm_buf_free(&buf);
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	RETVAL_STR(string_from_buf(&buf));
	mm_buf_free(&buf);
}

void metamta_minit_address(void)
{
	metamta_ce_EmailAddress = register_class_MetaMTA_EmailAddress();
	metamta_ce_EmailAddress->create_object = address_create;

	metamta_value_handlers_init(&address_handlers, XtOffsetOf(metamta_address_object, std), address_free,
	    address_clone, address_debug_info);
	address_handlers.compare = address_compare;
}
