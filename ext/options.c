/* Option maps of adapters: the strict type check of adapters.md §1, the
 * separation of references, and the secret-name rule used by var_dump. */
#include "php_metamta.h"
#include "options.h"

#include "zend_smart_str.h"

/* The types of the grammar, as bits so "A|B" is a union. */
enum {
	TYPE_STRING = 1 << 0,
	TYPE_INT = 1 << 1,
	TYPE_BOOL = 1 << 2,
	TYPE_NULL = 1 << 3,
	TYPE_LIST_STRING = 1 << 4
};

/* One declared option with explicit lengths, so names from PHP may hold any
 * byte and int keys can be checked by their decimal form. */
typedef struct {
	const char* name;
	size_t name_len;
	const char* type;
	size_t type_len;
	unsigned mask;
} option_entry;

/* Names longer than this, or with bytes outside printable ASCII, are quoted
 * and escaped in messages instead of printed as they are. */
#define PLAIN_NAME_MAX 64

static void append_quoted(smart_str* out, const char* value, size_t len)
{
	char quoted[512];

	mm_quote(quoted, sizeof(quoted), value, len);
	smart_str_appends(out, quoted);
}

static bool name_is_plain(const char* name, size_t len)
{
	size_t i;

	if (len == 0 || len > PLAIN_NAME_MAX) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if ((unsigned char)name[i] < 0x20 || (unsigned char)name[i] > 0x7e) {
			return false;
		}
	}
	return true;
}

/* Appends a name to a comma-separated list: as it is when plain, else
 * quoted with control characters escaped. */
static void append_list_name(smart_str* out, bool* first, const char* name, size_t len)
{
	if (!*first) {
		smart_str_appends(out, ", ");
	}
	*first = false;
	if (name_is_plain(name, len)) {
		smart_str_appendl(out, name, len);
	} else {
		append_quoted(out, name, len);
	}
}

static void throw_smart_str(smart_str* msg)
{
	smart_str_0(msg);
	metamta_throw_invalid("%s", ZSTR_VAL(msg->s));
	smart_str_free(msg);
}

/* Parses one type string into a mask; 0 when it is not in the grammar. */
static unsigned parse_type(const char* type, size_t len)
{
	static const struct {
		const char* name;
		size_t len;
		unsigned bit;
	} names[] = {
		{ "string", sizeof("string") - 1, TYPE_STRING },
		{ "int", sizeof("int") - 1, TYPE_INT },
		{ "bool", sizeof("bool") - 1, TYPE_BOOL },
		{ "null", sizeof("null") - 1, TYPE_NULL },
		{ "list<string>", sizeof("list<string>") - 1, TYPE_LIST_STRING },
	};
	unsigned mask = 0;
	size_t start = 0, end, i;

	while (start <= len) {
		bool known = false;

		for (end = start; end < len && type[end] != '|'; end++) {
		}
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
			if (end - start == names[i].len && memcmp(type + start, names[i].name, names[i].len) == 0) {
				mask |= names[i].bit;
				known = true;
			}
		}
		if (!known) {
			return 0;
		}
		start = end + 1;
	}
	return mask;
}

static bool parse_entry_type(option_entry* e)
{
	smart_str msg = { 0 };

	e->mask = parse_type(e->type, e->type_len);
	if (e->mask) {
		return true;
	}
	smart_str_appends(&msg, "Option type ");
	append_quoted(&msg, e->type, e->type_len);
	smart_str_appends(&msg, " of parameter ");
	append_quoted(&msg, e->name, e->name_len);
	smart_str_appends(
	    &msg, " is not one of string, int, bool, null, list<string> or alternatives of them joined by '|'.");
	throw_smart_str(&msg);
	return false;
}

bool metamta_is_string_list(const zval* value)
{
	zval* item;

	if (Z_TYPE_P(value) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(value))) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item)
	{
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) != IS_STRING) {
			return false;
		}
	}
	ZEND_HASH_FOREACH_END();
	return true;
}

static bool value_matches(const zval* value, unsigned mask)
{
	switch (Z_TYPE_P(value)) {
	case IS_STRING: return mask & TYPE_STRING;
	case IS_LONG: return mask & TYPE_INT;
	case IS_TRUE:
	case IS_FALSE: return mask & TYPE_BOOL;
	case IS_NULL: return mask & TYPE_NULL;
	case IS_ARRAY: return (mask & TYPE_LIST_STRING) && metamta_is_string_list(value);
	default: return false;
	}
}

/* The type name of a scalar, or NULL for arrays, objects and resources. */
static const char* scalar_type_name(const zval* value)
{
	switch (Z_TYPE_P(value)) {
	case IS_NULL: return "null";
	case IS_TRUE:
	case IS_FALSE: return "bool";
	case IS_LONG: return "int";
	case IS_DOUBLE: return "float";
	case IS_STRING: return "string";
	default: return NULL;
	}
}

/* Names the type of a value the way the spec grammar would ("list<int>"),
 * without ever looking at its content beyond types. */
static void append_type_of(smart_str* out, const zval* value)
{
	const char* name = scalar_type_name(value);
	const char* element = NULL;
	bool mixed = false;
	zval* item;

	if (name) {
		smart_str_appends(out, name);
		return;
	}
	if (Z_TYPE_P(value) == IS_OBJECT) {
		smart_str_append(out, Z_OBJCE_P(value)->name);
		return;
	}
	if (Z_TYPE_P(value) != IS_ARRAY) {
		smart_str_appends(out, zend_zval_type_name(value));
		return;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(value)) == 0 || !zend_array_is_list(Z_ARRVAL_P(value))) {
		smart_str_appends(out, "array");
		return;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item)
	{
		const char* this_one;

		ZVAL_DEREF(item);
		this_one = scalar_type_name(item);
		if (!this_one || (element && strcmp(element, this_one) != 0)) {
			mixed = true;
			break;
		}
		element = this_one;
	}
	ZEND_HASH_FOREACH_END();
	smart_str_appends(out, "list<");
	smart_str_appends(out, mixed ? "mixed" : element);
	smart_str_appendc(out, '>');
}

static const option_entry* find_entry(const option_entry* entries, size_t count, const char* name, size_t len)
{
	size_t i;

	for (i = 0; i < count; i++) {
		if (entries[i].name_len == len && memcmp(entries[i].name, name, len) == 0) {
			return &entries[i];
		}
	}
	return NULL;
}

static bool check_unknown(HashTable* options, const option_entry* entries, size_t count)
{
	smart_str msg = { 0 };
	bool first = true;
	zend_string* key;
	zend_ulong index;

	ZEND_HASH_FOREACH_KEY(options, index, key)
	{
		char digits[MAX_LENGTH_OF_LONG + 1];
		const char* name = digits;
		size_t len;

		if (key) {
			name = ZSTR_VAL(key);
			len = ZSTR_LEN(key);
		} else {
			len = (size_t)snprintf(digits, sizeof(digits), ZEND_LONG_FMT, (zend_long)index);
		}
		if (!find_entry(entries, count, name, len)) {
			if (first) {
				smart_str_appends(&msg, "Got unexpected parameters: ");
			}
			append_list_name(&msg, &first, name, len);
		}
	}
	ZEND_HASH_FOREACH_END();
	if (first) {
		return true;
	}
	smart_str_appendc(&msg, '.');
	throw_smart_str(&msg);
	return false;
}

static bool check_missing(HashTable* options, const option_entry* entries, size_t count)
{
	smart_str msg = { 0 };
	bool first = true;
	size_t i;

	for (i = 0; i < count; i++) {
		if (!zend_symtable_str_find(options, entries[i].name, entries[i].name_len)) {
			if (first) {
				smart_str_appends(&msg, "Missing required parameters: ");
			}
			append_list_name(&msg, &first, entries[i].name, entries[i].name_len);
		}
	}
	if (first) {
		return true;
	}
	smart_str_appendc(&msg, '.');
	throw_smart_str(&msg);
	return false;
}

static bool check_types(HashTable* options, const option_entry* entries, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++) {
		zval* value = zend_symtable_str_find(options, entries[i].name, entries[i].name_len);
		smart_str msg = { 0 };

		ZVAL_DEREF(value);
		if (value_matches(value, entries[i].mask)) {
			continue;
		}
		smart_str_appends(&msg, "Parameter ");
		append_quoted(&msg, entries[i].name, entries[i].name_len);
		smart_str_appends(&msg, " has invalid type: expected type ");
		append_quoted(&msg, entries[i].type, entries[i].type_len);
		smart_str_appends(&msg, ", got type '");
		append_type_of(&msg, value);
		smart_str_appends(&msg, "'.");
		throw_smart_str(&msg);
		return false;
	}
	return true;
}

/* Parses every declared type first, so a bad spec fails whatever the map. */
static bool check_entries(HashTable* options, option_entry* entries, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++) {
		if (!parse_entry_type(&entries[i])) {
			return false;
		}
	}
	return check_unknown(options, entries, count) && check_missing(options, entries, count) &&
	    check_types(options, entries, count);
}

bool metamta_options_check(HashTable* options, const metamta_option_spec* spec, size_t count)
{
	option_entry* entries = count ? safe_emalloc(count, sizeof(option_entry), 0) : NULL;
	bool ok;
	size_t i;

	for (i = 0; i < count; i++) {
		entries[i].name = spec[i].name;
		entries[i].name_len = strlen(spec[i].name);
		entries[i].type = spec[i].type;
		entries[i].type_len = strlen(spec[i].type);
	}
	ok = check_entries(options, entries, count);
	if (entries) {
		efree(entries);
	}
	return ok;
}

bool metamta_options_check_map(HashTable* options, HashTable* types)
{
	size_t count = zend_hash_num_elements(types), i = 0;
	option_entry* entries = count ? safe_emalloc(count, sizeof(option_entry), 0) : NULL;
	/* Decimal forms of int keys, alive until the check is done. */
	zend_string** numeric = count ? ecalloc(count, sizeof(zend_string*)) : NULL;
	bool ok = false;
	zend_string* key;
	zend_ulong index;
	zval* type;

	ZEND_HASH_FOREACH_KEY_VAL(types, index, key, type)
	{
		if (!key) {
			key = numeric[i] = zend_long_to_str((zend_long)index);
		}
		ZVAL_DEREF(type);
		if (Z_TYPE_P(type) != IS_STRING) {
			smart_str msg = { 0 };

			smart_str_appends(&msg, "Option type of parameter ");
			append_quoted(&msg, ZSTR_VAL(key), ZSTR_LEN(key));
			smart_str_appends(&msg, " must be a string, ");
			smart_str_appends(&msg, zend_zval_type_name(type));
			smart_str_appends(&msg, " given.");
			throw_smart_str(&msg);
			goto cleanup;
		}
		entries[i].name = ZSTR_VAL(key);
		entries[i].name_len = ZSTR_LEN(key);
		entries[i].type = Z_STRVAL_P(type);
		entries[i].type_len = Z_STRLEN_P(type);
		i++;
	}
	ZEND_HASH_FOREACH_END();
	ok = check_entries(options, entries, count);

cleanup:
	for (i = 0; i < count; i++) {
		if (numeric[i]) {
			zend_string_release(numeric[i]);
		}
	}
	if (entries) {
		efree(entries);
		efree(numeric);
	}
	return ok;
}

/* Copies a map, replacing references by their values and, when redact is
 * set, the value of every secret-looking key; NULL after throwing when a
 * reference makes the map contain itself. */
static zend_array* copy_map(HashTable* options, bool redact)
{
	zend_array* copy;
	zend_string* key;
	zend_ulong index;
	zval* value;

	if (GC_IS_RECURSIVE(options)) {
		metamta_throw_invalid("Options must not contain a reference to themselves.");
		return NULL;
	}
	GC_TRY_PROTECT_RECURSION(options);
	copy = zend_new_array(zend_hash_num_elements(options));
	ZEND_HASH_FOREACH_KEY_VAL(options, index, key, value)
	{
		zval item;

		ZVAL_DEREF(value);
		if (redact && key && metamta_option_name_is_secret(ZSTR_VAL(key), ZSTR_LEN(key))) {
			ZVAL_STRINGL(&item, "[redacted]", sizeof("[redacted]") - 1);
		} else if (Z_TYPE_P(value) == IS_ARRAY) {
			zend_array* inner = copy_map(Z_ARRVAL_P(value), redact);

			if (!inner) {
				GC_TRY_UNPROTECT_RECURSION(options);
				zend_array_release(copy);
				return NULL;
			}
			ZVAL_ARR(&item, inner);
		} else {
			ZVAL_COPY(&item, value);
		}
		if (key) {
			zend_hash_add_new(copy, key, &item);
		} else {
			zend_hash_index_add_new(copy, index, &item);
		}
	}
	ZEND_HASH_FOREACH_END();
	GC_TRY_UNPROTECT_RECURSION(options);
	return copy;
}

zend_array* metamta_options_separate(HashTable* options) { return copy_map(options, false); }

zend_array* metamta_options_redacted(HashTable* options)
{
	zend_array* copy = copy_map(options, true);

	/* Only a map given by a caller, not a stored one, can loop. */
	return copy ? copy : zend_new_array(0);
}

bool metamta_option_name_is_secret(const char* name, size_t len)
{
	static const char* const words[] = { "key", "token", "secret", "password" };
	size_t w, at, i;

	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++) {
		size_t word_len = strlen(words[w]);

		for (at = 0; at + word_len <= len; at++) {
			for (i = 0; i < word_len && zend_tolower_ascii(name[at + i]) == words[w][i]; i++) {
			}
			if (i == word_len) {
				return true;
			}
		}
	}
	return false;
}
