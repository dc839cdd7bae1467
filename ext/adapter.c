/* MetaMTA\MailAdapter: the abstract base of every adapter (adapters.md §2),
 * the helpers built-in adapters use to embed it, and the adapter registry
 * behind getAllAdapters(). */
#include "php_metamta.h"
#include "options.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"

#include "adapter_arginfo.h"

zend_class_entry* metamta_ce_MailAdapter;

static zend_object_handlers adapter_handlers;

/* "ADAPTERTYPE", interned once in MINIT. */
static zend_string* adaptertype_name;

/* Built-in adapter classes in the order getAllAdapters() lists them; each
 * new built-in adapter appends its class entry here. */
static zend_class_entry** const builtin_adapters[] = {
	&metamta_ce_TestAdapter,
	&metamta_ce_PostmarkAdapter,
	&metamta_ce_MailgunAdapter,
	&metamta_ce_SendGridAdapter,
	&metamta_ce_TwilioAdapter,
	&metamta_ce_SendmailAdapter,
	&metamta_ce_AmazonSESAdapter,
	&metamta_ce_AmazonSNSAdapter,
	&metamta_ce_SMTPAdapter,
};

#define BUILTIN_ADAPTER_COUNT (sizeof(builtin_adapters) / sizeof(builtin_adapters[0]))

/* ---- object lifecycle ---------------------------------------------------- */

void metamta_adapter_base_init(metamta_adapter_object* base, zend_class_entry* ce)
{
	ZVAL_NULL(&base->key);
	ZVAL_NULL(&base->priority);
	ZVAL_NULL(&base->media);
	base->options = (zend_array*)&zend_empty_array;
	base->supports_inbound = true;
	base->supports_outbound = true;
	zend_object_std_init(&base->std, ce);
	object_properties_init(&base->std, ce);
}

void metamta_adapter_base_free(metamta_adapter_object* base)
{
	zval_ptr_dtor(&base->key);
	zval_ptr_dtor(&base->priority);
	zval_ptr_dtor(&base->media);
	zend_array_release(base->options);
	zend_object_std_dtor(&base->std);
}

/* create_object of MailAdapter, inherited by userland subclasses. */
static zend_object* adapter_create(zend_class_entry* ce)
{
	metamta_adapter_object* intern = zend_object_alloc(sizeof(metamta_adapter_object), ce);

	metamta_adapter_base_init(intern, ce);
	intern->std.handlers = &adapter_handlers;
	return &intern->std;
}

static void adapter_free(zend_object* object) { metamta_adapter_base_free(metamta_adapter_from_obj(object)); }

static void debug_add_copy(HashTable* info, const char* name, zval* value)
{
	Z_TRY_ADDREF_P(value);
	zend_hash_str_add_new(info, name, strlen(name), value);
}

HashTable* metamta_adapter_debug_info(zend_object* object)
{
	metamta_adapter_object* intern = metamta_adapter_from_obj(object);
	HashTable* info = zend_new_array(8);
	zend_class_constant* constant = zend_hash_find_ptr(CE_CONSTANTS_TABLE(object->ce), adaptertype_name);
	zend_string* name;
	zval tmp, *value;

	/* Only a value already evaluated: var_dump must not run code or throw. */
	if (constant && Z_TYPE(constant->value) == IS_STRING) {
		ZVAL_STR_COPY(&tmp, Z_STR(constant->value));
	} else {
		ZVAL_NULL(&tmp);
	}
	zend_hash_str_add_new(info, "type", sizeof("type") - 1, &tmp);
	debug_add_copy(info, "key", &intern->key);
	debug_add_copy(info, "priority", &intern->priority);
	debug_add_copy(info, "media", &intern->media);
	ZVAL_BOOL(&tmp, intern->supports_inbound);
	zend_hash_str_add_new(info, "supportsInbound", sizeof("supportsInbound") - 1, &tmp);
	ZVAL_BOOL(&tmp, intern->supports_outbound);
	zend_hash_str_add_new(info, "supportsOutbound", sizeof("supportsOutbound") - 1, &tmp);
	ZVAL_ARR(&tmp, metamta_options_redacted(intern->options));
	zend_hash_str_add_new(info, "options", sizeof("options") - 1, &tmp);

	/* Properties a userland subclass declared, after ours. */
	if (object->ce->default_properties_count || object->properties) {
		ZEND_HASH_FOREACH_STR_KEY_VAL_IND(zend_std_get_properties(object), name, value)
		{
			if (name && !zend_hash_exists(info, name)) {
				Z_TRY_ADDREF_P(value);
				zend_hash_add_new(info, name, value);
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	return info;
}

static HashTable* adapter_get_debug_info(zend_object* object, int* is_temp)
{
	*is_temp = 1;
	return metamta_adapter_debug_info(object);
}

HashTable* metamta_adapter_get_gc_ex(zend_object* object, zval* extra, size_t extra_count, zval** table, int* n)
{
	metamta_adapter_object* intern = metamta_adapter_from_obj(object);
	zend_get_gc_buffer* buffer = zend_get_gc_buffer_create();
	size_t i;

	for (i = 0; i < extra_count; i++) {
		zend_get_gc_buffer_add_zval(buffer, &extra[i]);
	}
	zend_get_gc_buffer_add_zval(buffer, &intern->media);
	/* Option values may be objects (a userland adapter's choice). */
	if (!(GC_FLAGS(intern->options) & IS_ARRAY_IMMUTABLE)) {
		zval options;

		ZVAL_ARR(&options, intern->options);
		zend_get_gc_buffer_add_zval(buffer, &options);
	}
	/* Declared properties of userland subclasses; once a property table
	 * exists it is returned below and covers them. */
	if (!object->properties) {
		for (i = 0; i < (size_t)object->ce->default_properties_count; i++) {
			zend_get_gc_buffer_add_zval(buffer, &object->properties_table[i]);
		}
	}
	zend_get_gc_buffer_use(buffer, table, n);
	return object->properties;
}

static HashTable* adapter_get_gc(zend_object* object, zval** table, int* n)
{
	return metamta_adapter_get_gc_ex(object, NULL, 0, table, n);
}

void metamta_adapter_handlers_init(zend_object_handlers* handlers, size_t offset)
{
	memcpy(handlers, zend_get_std_object_handlers(), sizeof(*handlers));
	handlers->offset = (int)offset;
	handlers->clone_obj = NULL;
	handlers->compare = zend_objects_not_comparable;
	handlers->get_debug_info = adapter_get_debug_info;
	handlers->get_gc = adapter_get_gc;
}

/* ---- helpers --------------------------------------------------------------- */

/* The ADAPTERTYPE constant of ce (borrowed), or NULL after throwing an
 * error_ce exception when it is missing, not a string, or empty. */
static zend_string* adapter_type_of(zend_class_entry* ce, zend_class_entry* error_ce)
{
	zval* value = zend_get_class_constant_ex(ce->name, adaptertype_name, ce, ZEND_FETCH_CLASS_SILENT);

	if (EG(exception)) {
		return NULL;
	}
	if (!value) {
		zend_throw_exception_ex(
		    error_ce, 0, "Adapter class '%s' does not define the ADAPTERTYPE constant.", ZSTR_VAL(ce->name));
		return NULL;
	}
	if (Z_TYPE_P(value) != IS_STRING) {
		zend_throw_exception_ex(error_ce, 0,
		    "Adapter class '%s' must define ADAPTERTYPE as a string, %s given.", ZSTR_VAL(ce->name),
		    zend_zval_type_name(value));
		return NULL;
	}
	if (Z_STRLEN_P(value) == 0) {
		zend_throw_exception_ex(
		    error_ce, 0, "Adapter class '%s' defines ADAPTERTYPE as an empty string.", ZSTR_VAL(ce->name));
		return NULL;
	}
	return Z_STR_P(value);
}

/* Calls $this->getSupportedMessageTypes() (so userland overrides run) into
 * out; false after an exception. */
static bool native_types(zend_object* object, zval* out)
{
	zend_call_method_with_0_params(object, object->ce, NULL, "getsupportedmessagetypes", out);
	if (EG(exception)) {
		return false;
	}
	if (Z_TYPE_P(out) != IS_ARRAY) {
		zval_ptr_dtor(out);
		zend_throw_exception_ex(metamta_ce_RuntimeException, 0,
		    "%s::getSupportedMessageTypes() must return an array.", ZSTR_VAL(object->ce->name));
		return false;
	}
	return true;
}

static bool in_string_list(HashTable* list, zend_string* needle)
{
	zval* item;

	ZEND_HASH_FOREACH_VAL(list, item)
	{
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) == IS_STRING && zend_string_equals(Z_STR_P(item), needle)) {
			return true;
		}
	}
	ZEND_HASH_FOREACH_END();
	return false;
}

static void throw_unsupported_medium(zend_class_entry* ce, const zval* medium, HashTable* native)
{
	smart_str msg = { 0 };
	bool first = true;
	zval* item;

	smart_str_appends(&msg, "Adapter class '");
	smart_str_append(&msg, ce->name);
	if (Z_TYPE_P(medium) == IS_STRING) {
		char quoted[512];

		mm_quote(quoted, sizeof(quoted), Z_STRVAL_P(medium), Z_STRLEN_P(medium));
		smart_str_appends(&msg, "' does not support medium ");
		smart_str_appends(&msg, quoted);
	} else {
		smart_str_appends(&msg, "' does not support a medium of type ");
		smart_str_appends(&msg, zend_zval_type_name(medium));
	}
	smart_str_appends(&msg, "; supported media: ");
	ZEND_HASH_FOREACH_VAL(native, item)
	{
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) == IS_STRING) {
			smart_str_appends(&msg, first ? "" : ", ");
			smart_str_append(&msg, Z_STR_P(item));
			first = false;
		}
	}
	ZEND_HASH_FOREACH_END();
	smart_str_appendc(&msg, '.');
	smart_str_0(&msg);
	metamta_throw_invalid("%s", ZSTR_VAL(msg.s));
	smart_str_free(&msg);
}

/* ---- instance methods ------------------------------------------------------ */

ZEND_METHOD(MetaMTA_MailAdapter, getAdapterType)
{
	zend_string* type;

	ZEND_PARSE_PARAMETERS_NONE();
	type = adapter_type_of(Z_OBJCE_P(ZEND_THIS), metamta_ce_RuntimeException);
	if (!type) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(type);
}

ZEND_METHOD(MetaMTA_MailAdapter, supportsMessageIDHeader)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_FALSE;
}

ZEND_METHOD(MetaMTA_MailAdapter, supportsMessageType)
{
	metamta_adapter_object* intern = Z_METAMTA_ADAPTER_P(ZEND_THIS);
	zend_string* type;
	zval native;
	bool supported;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(type)
	ZEND_PARSE_PARAMETERS_END();

	if (!native_types(Z_OBJ_P(ZEND_THIS), &native)) {
		RETURN_THROWS();
	}
	supported = in_string_list(Z_ARRVAL(native), type);
	zval_ptr_dtor(&native);
	/* An empty media list means no restriction, as null does. */
	if (supported && Z_TYPE(intern->media) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL(intern->media))) {
		supported = in_string_list(Z_ARRVAL(intern->media), type);
	}
	RETURN_BOOL(supported);
}

ZEND_METHOD(MetaMTA_MailAdapter, setMedia)
{
	metamta_adapter_object* intern = Z_METAMTA_ADAPTER_P(ZEND_THIS);
	HashTable* media;
	zend_array* copy;
	zval native, *medium;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(media)
	ZEND_PARSE_PARAMETERS_END();

	if (!native_types(Z_OBJ_P(ZEND_THIS), &native)) {
		RETURN_THROWS();
	}
	ZEND_HASH_FOREACH_VAL(media, medium)
	{
		ZVAL_DEREF(medium);
		if (Z_TYPE_P(medium) != IS_STRING || !in_string_list(Z_ARRVAL(native), Z_STR_P(medium))) {
			throw_unsupported_medium(Z_OBJCE_P(ZEND_THIS), medium, Z_ARRVAL(native));
			zval_ptr_dtor(&native);
			RETURN_THROWS();
		}
	}
	ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&native);

	copy = metamta_options_separate(media);
	if (!copy) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&intern->media);
	ZVAL_ARR(&intern->media, copy);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailAdapter, getMedia)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(&Z_METAMTA_ADAPTER_P(ZEND_THIS)->media);
}

ZEND_METHOD(MetaMTA_MailAdapter, setKey)
{
	metamta_adapter_object* intern = Z_METAMTA_ADAPTER_P(ZEND_THIS);
	zend_string* key;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	zval_ptr_dtor(&intern->key);
	ZVAL_STR_COPY(&intern->key, key);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailAdapter, getKey)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(&Z_METAMTA_ADAPTER_P(ZEND_THIS)->key);
}

ZEND_METHOD(MetaMTA_MailAdapter, setPriority)
{
	metamta_adapter_object* intern = Z_METAMTA_ADAPTER_P(ZEND_THIS);
	zend_long priority = 0;
	bool is_null = true;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_LONG_OR_NULL(priority, is_null)
	ZEND_PARSE_PARAMETERS_END();

	if (is_null) {
		ZVAL_NULL(&intern->priority);
	} else {
		ZVAL_LONG(&intern->priority, priority);
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailAdapter, getPriority)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(&Z_METAMTA_ADAPTER_P(ZEND_THIS)->priority);
}

ZEND_METHOD(MetaMTA_MailAdapter, setSupportsInbound)
{
	bool supports;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_BOOL(supports)
	ZEND_PARSE_PARAMETERS_END();

	Z_METAMTA_ADAPTER_P(ZEND_THIS)->supports_inbound = supports;
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailAdapter, getSupportsInbound)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_METAMTA_ADAPTER_P(ZEND_THIS)->supports_inbound);
}

ZEND_METHOD(MetaMTA_MailAdapter, setSupportsOutbound)
{
	bool supports;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_BOOL(supports)
	ZEND_PARSE_PARAMETERS_END();

	Z_METAMTA_ADAPTER_P(ZEND_THIS)->supports_outbound = supports;
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailAdapter, getSupportsOutbound)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_METAMTA_ADAPTER_P(ZEND_THIS)->supports_outbound);
}

ZEND_METHOD(MetaMTA_MailAdapter, getOption)
{
	metamta_adapter_object* intern = Z_METAMTA_ADAPTER_P(ZEND_THIS);
	zend_string* key;
	zval* value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	/* Presence, not value: a stored null is returned as null. */
	value = zend_symtable_find(intern->options, key);
	if (!value) {
		char quoted[512];

		mm_quote(quoted, sizeof(quoted), ZSTR_VAL(key), ZSTR_LEN(key));
		metamta_throw_invalid(
		    "Adapter class '%s' has no option %s.", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name), quoted);
		RETURN_THROWS();
	}
	RETURN_COPY_DEREF(value);
}

ZEND_METHOD(MetaMTA_MailAdapter, setOptions)
{
	metamta_adapter_object* intern = Z_METAMTA_ADAPTER_P(ZEND_THIS);
	zend_object* object = Z_OBJ_P(ZEND_THIS);
	HashTable* options;
	zend_array* copy;
	zval argument, retval;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	/* Validate and keep the same reference-free copy, so what was checked
	 * is what the adapter later reads. */
	copy = metamta_options_separate(options);
	if (!copy) {
		RETURN_THROWS();
	}
	ZVAL_ARR(&argument, copy);
	zend_call_method_with_1_params(object, object->ce, NULL, "validateoptions", &retval, &argument);
	zval_ptr_dtor(&retval);
	if (EG(exception)) {
		zval_ptr_dtor(&argument);
		RETURN_THROWS();
	}
	zend_array_release(intern->options);
	intern->options = copy;
	RETURN_OBJ_COPY(object);
}

/* ---- static methods -------------------------------------------------------- */

ZEND_METHOD(MetaMTA_MailAdapter, checkOptionTypes)
{
	HashTable* options;
	HashTable* types;

	ZEND_PARSE_PARAMETERS_START(2, 2)
	Z_PARAM_ARRAY_HT(options)
	Z_PARAM_ARRAY_HT(types)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_options_check_map(options, types)) {
		RETURN_THROWS();
	}
}

/* Adds type => a new instance of ce to list; false after an exception. */
static bool add_prototype(HashTable* list, zend_class_entry* ce)
{
	zend_string* type = adapter_type_of(ce, metamta_ce_RuntimeException);
	zval instance;

	if (!type || object_init_ex(&instance, ce) != SUCCESS) {
		return false;
	}
	if (ce->constructor) {
		zend_call_known_instance_method_with_0_params(ce->constructor, Z_OBJ(instance), NULL);
		if (EG(exception)) {
			zval_ptr_dtor(&instance);
			return false;
		}
	}
	zend_hash_update(list, type, &instance);
	return true;
}

ZEND_METHOD(MetaMTA_MailAdapter, getAllAdapters)
{
	HashTable* registry = METAMTA_G(adapter_registry);
	zend_class_entry* ce;
	size_t i;

	ZEND_PARSE_PARAMETERS_NONE();

	array_init(return_value);
	for (i = 0; i < BUILTIN_ADAPTER_COUNT; i++) {
		if (!add_prototype(Z_ARRVAL_P(return_value), *builtin_adapters[i])) {
			goto failed;
		}
	}
	if (registry) {
		ZEND_HASH_FOREACH_PTR(registry, ce)
		{
			if (!add_prototype(Z_ARRVAL_P(return_value), ce)) {
				goto failed;
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	return;

failed:
	zval_ptr_dtor(return_value);
	ZVAL_NULL(return_value);
	RETURN_THROWS();
}

/* The class already using type, among built-ins and registered ones. */
static zend_class_entry* class_of_type(zend_string* type)
{
	HashTable* registry = METAMTA_G(adapter_registry);
	size_t i;

	for (i = 0; i < BUILTIN_ADAPTER_COUNT; i++) {
		zval* value = zend_get_class_constant_ex(
		    (*builtin_adapters[i])->name, adaptertype_name, *builtin_adapters[i], ZEND_FETCH_CLASS_SILENT);

		if (value && Z_TYPE_P(value) == IS_STRING && zend_string_equals(Z_STR_P(value), type)) {
			return *builtin_adapters[i];
		}
	}
	return registry ? zend_hash_find_ptr(registry, type) : NULL;
}

ZEND_METHOD(MetaMTA_MailAdapter, registerAdapterClass)
{
	zend_string* name;
	zend_string* type;
	zend_class_entry* ce;
	zend_class_entry* taken;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	ce = zend_lookup_class(name);
	if (!ce) {
		char quoted[512];

		if (EG(exception)) {
			RETURN_THROWS();
		}
		mm_quote(quoted, sizeof(quoted), ZSTR_VAL(name), ZSTR_LEN(name));
		metamta_throw_invalid("Adapter class %s does not exist.", quoted);
		RETURN_THROWS();
	}
	if (ce == metamta_ce_MailAdapter || !instanceof_function(ce, metamta_ce_MailAdapter)) {
		metamta_throw_invalid("Class '%s' does not extend MetaMTA\\MailAdapter.", ZSTR_VAL(ce->name));
		RETURN_THROWS();
	}
	if (ce->ce_flags & (ZEND_ACC_EXPLICIT_ABSTRACT_CLASS | ZEND_ACC_IMPLICIT_ABSTRACT_CLASS)) {
		metamta_throw_invalid("Adapter class '%s' is abstract.", ZSTR_VAL(ce->name));
		RETURN_THROWS();
	}
	/* getAllAdapters() builds prototypes with new ClassName(). */
	if (ce->constructor &&
	    (ce->constructor->common.required_num_args > 0 || !(ce->constructor->common.fn_flags & ZEND_ACC_PUBLIC))) {
		metamta_throw_invalid("Adapter class '%s' must have a public constructor without required parameters.",
		    ZSTR_VAL(ce->name));
		RETURN_THROWS();
	}
	type = adapter_type_of(ce, metamta_ce_InvalidArgumentException);
	if (!type) {
		RETURN_THROWS();
	}
	taken = class_of_type(type);
	if (taken) {
		char quoted[512];

		mm_quote(quoted, sizeof(quoted), ZSTR_VAL(type), ZSTR_LEN(type));
		metamta_throw_invalid("Adapter type %s is already used by class '%s'.", quoted, ZSTR_VAL(taken->name));
		RETURN_THROWS();
	}
	if (!METAMTA_G(adapter_registry)) {
		ALLOC_HASHTABLE(METAMTA_G(adapter_registry));
		zend_hash_init(METAMTA_G(adapter_registry), 8, NULL, NULL, 0);
	}
	zend_hash_add_new_ptr(METAMTA_G(adapter_registry), type, ce);
}

/* ---- module hooks ------------------------------------------------------------ */

void metamta_minit_adapter(void)
{
	adaptertype_name = zend_string_init_interned("ADAPTERTYPE", sizeof("ADAPTERTYPE") - 1, 1);

	metamta_ce_MailAdapter = register_class_MetaMTA_MailAdapter();
	metamta_ce_MailAdapter->create_object = adapter_create;

	metamta_adapter_handlers_init(&adapter_handlers, XtOffsetOf(metamta_adapter_object, std));
	adapter_handlers.free_obj = adapter_free;
}

void metamta_rshutdown_adapter(void)
{
	if (METAMTA_G(adapter_registry)) {
		zend_hash_destroy(METAMTA_G(adapter_registry));
		FREE_HASHTABLE(METAMTA_G(adapter_registry));
		METAMTA_G(adapter_registry) = NULL;
	}
}
