/* cluster.mailers: validation of the configuration value (mailers.md §2)
 * and building one configured adapter from an entry (§3). */
#include "mailer_list.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "options.h"

static const metamta_field_spec entry_fields[] = {
	{ "key", METAMTA_FIELD_STRING, true },
	{ "type", METAMTA_FIELD_STRING, true },
	{ "priority", METAMTA_FIELD_INT, false },
	{ "options", METAMTA_FIELD_ANY, false },
	{ "inbound", METAMTA_FIELD_BOOL, false },
	{ "outbound", METAMTA_FIELD_BOOL, false },
	{ "media", METAMTA_FIELD_STRING_LIST, false },
};

/* Names longer than this, or not printable ASCII, are quoted and escaped. */
#define PLAIN_NAME_MAX 64

void metamta_append_quoted(smart_str* out, zend_string* value)
{
	char quoted[512];

	mm_quote(quoted, sizeof(quoted), ZSTR_VAL(value), ZSTR_LEN(value));
	smart_str_appends(out, quoted);
}

static void append_name(smart_str* out, zend_string* key, zend_ulong index)
{
	size_t i;

	if (!key) {
		smart_str_append_unsigned(out, index);
		return;
	}
	for (i = 0; i < ZSTR_LEN(key); i++) {
		unsigned char c = (unsigned char)ZSTR_VAL(key)[i];

		if (c < 0x20 || c > 0x7e) {
			break;
		}
	}
	if (ZSTR_LEN(key) > 0 && ZSTR_LEN(key) <= PLAIN_NAME_MAX && i == ZSTR_LEN(key)) {
		smart_str_append(out, key);
	} else {
		metamta_append_quoted(out, key);
	}
}

static const metamta_field_spec* find_field(const metamta_field_spec* fields, size_t count, zend_string* key)
{
	size_t i;

	for (i = 0; key && i < count; i++) {
		if (zend_string_equals_cstr(key, fields[i].name, strlen(fields[i].name))) {
			return &fields[i];
		}
	}
	return NULL;
}

static bool field_matches(zval* value, metamta_field_type type)
{
	switch (type) {
	case METAMTA_FIELD_STRING: return Z_TYPE_P(value) == IS_STRING;
	case METAMTA_FIELD_INT: return Z_TYPE_P(value) == IS_LONG;
	case METAMTA_FIELD_BOOL: return Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE;
	case METAMTA_FIELD_STRING_LIST: return metamta_is_string_list(value);
	case METAMTA_FIELD_ANY: return true;
	}
	return false;
}

static const char* field_type_name(metamta_field_type type)
{
	switch (type) {
	case METAMTA_FIELD_STRING: return "string";
	case METAMTA_FIELD_INT: return "int";
	case METAMTA_FIELD_BOOL: return "bool";
	case METAMTA_FIELD_STRING_LIST: return "list<string>";
	case METAMTA_FIELD_ANY: return "wild";
	}
	return "?";
}

bool metamta_fields_check(HashTable* map, const metamta_field_spec* fields, size_t count, smart_str* detail)
{
	bool first = true;
	zend_string* key;
	zend_ulong index;
	size_t i;

	ZEND_HASH_FOREACH_KEY(map, index, key)
	{
		if (!find_field(fields, count, key)) {
			smart_str_appends(detail, first ? "Got unexpected parameters: " : ", ");
			append_name(detail, key, index);
			first = false;
		}
	}
	ZEND_HASH_FOREACH_END();
	for (i = 0; first && i < count; i++) {
		if (fields[i].required && !zend_hash_str_exists(map, fields[i].name, strlen(fields[i].name))) {
			smart_str_appends(detail, "Missing required parameters: ");
			smart_str_appends(detail, fields[i].name);
			first = false;
			while (++i < count) {
				if (fields[i].required &&
				    !zend_hash_str_exists(map, fields[i].name, strlen(fields[i].name))) {
					smart_str_appends(detail, ", ");
					smart_str_appends(detail, fields[i].name);
				}
			}
		}
	}
	if (!first) {
		smart_str_appendc(detail, '.');
		return false;
	}
	for (i = 0; i < count; i++) {
		zval* value = zend_hash_str_find_deref(map, fields[i].name, strlen(fields[i].name));

		if (value && !field_matches(value, fields[i].type)) {
			smart_str_appends(detail, "Parameter '");
			smart_str_appends(detail, fields[i].name);
			smart_str_appends(detail, "' has invalid type: expected type '");
			smart_str_appends(detail, field_type_name(fields[i].type));
			smart_str_appends(detail, "', got type '");
			smart_str_appends(detail,
			    Z_TYPE_P(value) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(value)->name) :
			                                   zend_zval_type_name(value));
			smart_str_appends(detail, "'.");
			return false;
		}
	}
	return true;
}

/* ---- entries ---------------------------------------------------------------- */

static void entry_free(metamta_mailer_entry* entry)
{
	if (entry->key) {
		zend_string_release(entry->key);
	}
	if (entry->type) {
		zend_string_release(entry->type);
	}
	if (entry->options) {
		zend_array_release(entry->options);
	}
	if (entry->media) {
		zend_array_release(entry->media);
	}
}

void metamta_mailer_entries_free(metamta_mailer_entry* entries, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++) {
		entry_free(&entries[i]);
	}
	if (entries) {
		efree(entries);
	}
}

/* Throws "invalid mailer specification (at index N): <detail>". */
static void throw_entry_error(zend_string* key, zend_ulong index, smart_str* detail, zend_object* previous)
{
	smart_str message = { 0 };

	smart_str_appends(&message, "invalid mailer specification (at index ");
	append_name(&message, key, index);
	smart_str_appends(&message, "): ");
	smart_str_append_smart_str(&message, detail);
	smart_str_0(&message);
	zend_throw_exception(metamta_ce_InvalidArgumentException, ZSTR_VAL(message.s), 0);
	if (previous) {
		zend_exception_set_previous(EG(exception), previous);
	}
	smart_str_free(&message);
	smart_str_free(detail);
}

/* A new instance of ce with its constructor run, or false after an exception. */
static bool new_adapter(zend_class_entry* ce, zval* out)
{
	if (object_init_ex(out, ce) != SUCCESS) {
		return false;
	}
	if (ce->constructor) {
		zend_call_known_instance_method_with_0_params(ce->constructor, Z_OBJ_P(out), NULL);
		if (EG(exception)) {
			zval_ptr_dtor(out);
			return false;
		}
	}
	return true;
}

/* Calls adapter->name(arg); on an ordinary exception takes it out of flight
 * into *caught (owned) and returns false with nothing pending. An Error
 * stays pending (*caught NULL): it is a bug, not a configuration mistake. */
static bool call_catching(zval* adapter, const char* name, zval* arg, zend_object** caught)
{
	zval retval;

	*caught = NULL;
	zend_call_method(Z_OBJ_P(adapter), Z_OBJCE_P(adapter), NULL, name, strlen(name), &retval, 1, arg, NULL);
	zval_ptr_dtor(&retval);
	if (!EG(exception)) {
		return true;
	}
	if (instanceof_function(EG(exception)->ce, zend_ce_exception)) {
		*caught = EG(exception);
		GC_ADDREF(*caught);
		zend_clear_exception();
	}
	return false;
}

static void append_exception_message(smart_str* out, zend_object* ex)
{
	zval rv;
	zval* text = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);

	if (Z_TYPE_P(text) == IS_STRING) {
		smart_str_append(out, Z_STR_P(text));
	}
}

/* The configured options merged over the adapter's defaults (configured
 * keys win, as PHP's + does), or NULL after an exception. */
static zend_array* merged_options(zval* adapter, zval* configured)
{
	zend_array* merged;
	zval defaults;

	zend_call_method_with_0_params(Z_OBJ_P(adapter), Z_OBJCE_P(adapter), NULL, "newdefaultoptions", &defaults);
	if (EG(exception)) {
		return NULL;
	}
	/* Without references, so the caller's variables cannot change it later. */
	merged = configured ? metamta_options_separate(Z_ARRVAL_P(configured)) : zend_new_array(0);
	if (!merged) {
		zval_ptr_dtor(&defaults);
		return NULL;
	}
	if (Z_TYPE(defaults) == IS_ARRAY) {
		zend_hash_merge(merged, Z_ARRVAL(defaults), zval_add_ref, 0);
	}
	zval_ptr_dtor(&defaults);
	return merged;
}

/* Validates one entry (already known to be an array) into e; false after
 * throwing. e->key and e->type are set as soon as they are known. */
static bool parse_entry(HashTable* spec, zend_string* at_key, zend_ulong at_index, HashTable* prototypes,
    metamta_mailer_entry* entries, size_t n, zend_long* next_auto)
{
	metamta_mailer_entry* e = &entries[n];
	smart_str detail = { 0 };
	zend_object* caught = NULL;
	zval *value, *options, *prototype, adapter, arg;
	size_t i;

	if (!metamta_fields_check(spec, entry_fields, sizeof(entry_fields) / sizeof(entry_fields[0]), &detail)) {
		throw_entry_error(at_key, at_index, &detail, NULL);
		return false;
	}
	e->key = zend_string_copy(Z_STR_P(zend_hash_str_find_deref(spec, "key", 3)));
	e->type = zend_string_copy(Z_STR_P(zend_hash_str_find_deref(spec, "type", 4)));
	for (i = 0; i < n; i++) {
		if (zend_string_equals(entries[i].key, e->key)) {
			smart_str_appends(&detail, "mailer key ");
			metamta_append_quoted(&detail, e->key);
			smart_str_appends(&detail, " is used by more than one mailer; keys must be unique.");
			throw_entry_error(at_key, at_index, &detail, NULL);
			return false;
		}
	}
	value = zend_hash_str_find_deref(spec, "priority", 8);
	if (value && Z_LVAL_P(value) <= 0) {
		smart_str_appends(&detail, "priority must be greater than 0, ");
		smart_str_append_long(&detail, Z_LVAL_P(value));
		smart_str_appends(&detail, " given.");
		throw_entry_error(at_key, at_index, &detail, NULL);
		return false;
	}
	e->priority = value ? Z_LVAL_P(value) : (*next_auto)--;
	value = zend_hash_str_find_deref(spec, "inbound", 7);
	e->inbound = !value || Z_TYPE_P(value) == IS_TRUE;
	value = zend_hash_str_find_deref(spec, "outbound", 8);
	e->outbound = !value || Z_TYPE_P(value) == IS_TRUE;

	prototype = zend_hash_find(prototypes, e->type);
	if (!prototype) {
		zend_string* known;
		bool first = true;

		smart_str_appends(&detail, "mailer ");
		metamta_append_quoted(&detail, e->key);
		smart_str_appends(&detail, " has unknown type ");
		metamta_append_quoted(&detail, e->type);
		smart_str_appends(&detail, "; known types: ");
		ZEND_HASH_FOREACH_STR_KEY(prototypes, known)
		{
			smart_str_appends(&detail, first ? "" : ", ");
			smart_str_append(&detail, known);
			first = false;
		}
		ZEND_HASH_FOREACH_END();
		smart_str_appendc(&detail, '.');
		throw_entry_error(at_key, at_index, &detail, NULL);
		return false;
	}
	e->ce = Z_OBJCE_P(prototype);

	options = zend_hash_str_find_deref(spec, "options", 7);
	if (options && Z_TYPE_P(options) != IS_ARRAY) {
		/* The original's "+" is a PHP Error here; a sentence is better. */
		smart_str_appends(&detail, "specifies invalid options for mailer ");
		metamta_append_quoted(&detail, e->key);
		smart_str_appends(&detail, ": options must be a map, got type '");
		smart_str_appends(&detail, zend_zval_type_name(options));
		smart_str_appends(&detail, "'.");
		throw_entry_error(at_key, at_index, &detail, NULL);
		return false;
	}
	if (!new_adapter(e->ce, &adapter)) {
		return false;
	}
	e->options = merged_options(&adapter, options);
	if (!e->options) {
		zval_ptr_dtor(&adapter);
		return false;
	}
	ZVAL_ARR(&arg, e->options);
	if (!call_catching(&adapter, "setoptions", &arg, &caught)) {
		zval_ptr_dtor(&adapter);
		if (caught) {
			smart_str_appends(&detail, "specifies invalid options for mailer ");
			metamta_append_quoted(&detail, e->key);
			smart_str_appends(&detail, ": ");
			append_exception_message(&detail, caught);
			throw_entry_error(at_key, at_index, &detail, caught);
		}
		return false;
	}
	/* Unlike the original, media are checked now, not at the first send. */
	value = zend_hash_str_find_deref(spec, "media", 5);
	if (value) {
		e->media = metamta_options_separate(Z_ARRVAL_P(value));
		if (!e->media) {
			zval_ptr_dtor(&adapter);
			return false;
		}
		ZVAL_ARR(&arg, e->media);
		if (!call_catching(&adapter, "setmedia", &arg, &caught)) {
			zval_ptr_dtor(&adapter);
			if (caught) {
				smart_str_appends(&detail, "mailer ");
				metamta_append_quoted(&detail, e->key);
				smart_str_appends(&detail, " specifies unsupported media: ");
				append_exception_message(&detail, caught);
				throw_entry_error(at_key, at_index, &detail, caught);
			}
			return false;
		}
	}
	zval_ptr_dtor(&adapter);
	return true;
}

bool metamta_mailer_config_parse(HashTable* config, metamta_mailer_entry** entries_out, size_t* count_out)
{
	uint32_t count = zend_hash_num_elements(config);
	metamta_mailer_entry* entries;
	zend_long next_auto = -1;
	zend_string* at_key;
	zend_ulong at_index;
	size_t n = 0;
	zval prototypes;
	zval* spec;

	*entries_out = NULL;
	*count_out = 0;
	/* Every entry must be a map before any is looked at (§2 step 3). */
	ZEND_HASH_FOREACH_KEY_VAL(config, at_index, at_key, spec)
	{
		ZVAL_DEREF(spec);
		if (Z_TYPE_P(spec) != IS_ARRAY) {
			smart_str detail = { 0 };

			smart_str_appends(&detail, "a mailer must be a map of parameters, got type '");
			smart_str_appends(&detail, zend_zval_type_name(spec));
			smart_str_appends(&detail, "'.");
			throw_entry_error(at_key, at_index, &detail, NULL);
			return false;
		}
	}
	ZEND_HASH_FOREACH_END();
	if (count == 0) {
		return true;
	}
	zend_call_method_with_0_params(NULL, metamta_ce_MailAdapter, NULL, "getalladapters", &prototypes);
	if (EG(exception)) {
		return false;
	}
	entries = ecalloc(count, sizeof(*entries));
	ZEND_HASH_FOREACH_KEY_VAL(config, at_index, at_key, spec)
	{
		ZVAL_DEREF(spec);
		if (!parse_entry(Z_ARRVAL_P(spec), at_key, at_index, Z_ARRVAL(prototypes), entries, n, &next_auto)) {
			zval_ptr_dtor(&prototypes);
			metamta_mailer_entries_free(entries, n + 1);
			return false;
		}
		n++;
	}
	ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&prototypes);
	*entries_out = entries;
	*count_out = n;
	return true;
}

bool metamta_mailer_entry_build(const metamta_mailer_entry* e, zval* out)
{
	metamta_adapter_object* base;
	zval retval, arg;

	if (!new_adapter(e->ce, out)) {
		return false;
	}
	base = Z_METAMTA_ADAPTER_P(out);
	zval_ptr_dtor(&base->key);
	ZVAL_STR_COPY(&base->key, e->key);
	zval_ptr_dtor(&base->priority);
	ZVAL_LONG(&base->priority, e->priority);
	base->supports_inbound = e->inbound;
	base->supports_outbound = e->outbound;
	/* setOptions validates again, as the original's newMailers does. */
	ZVAL_ARR(&arg, e->options);
	zend_call_method_with_1_params(Z_OBJ_P(out), Z_OBJCE_P(out), NULL, "setoptions", &retval, &arg);
	zval_ptr_dtor(&retval);
	if (!EG(exception) && e->media) {
		ZVAL_ARR(&arg, e->media);
		zend_call_method_with_1_params(Z_OBJ_P(out), Z_OBJCE_P(out), NULL, "setmedia", &retval, &arg);
		zval_ptr_dtor(&retval);
	}
	if (EG(exception)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}
