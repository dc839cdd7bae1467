/* Option maps of adapters: the strict name => type check of adapters.md §1
 * (libphutil's PhutilTypeSpec::checkMap subset), shared by the built-in
 * adapters (a static spec table) and MailAdapter::checkOptionTypes(). */
#ifndef METAMTA_OPTIONS_H
#define METAMTA_OPTIONS_H

#include "php_metamta.h"

/* One declared option. type is "string", "int", "bool", "null",
 * "list<string>" or alternatives joined by "|" ("string|null"). */
typedef struct {
	const char* name;
	const char* type;
} metamta_option_spec;

/* Checks options against the spec: unknown keys (all listed), then missing
 * keys (all, in spec order), then each type in spec order, exactly (no
 * coercion). On failure throws MetaMTA\InvalidArgumentException and returns
 * false. Messages name keys and types, never option values. */
bool metamta_options_check(HashTable* options, const metamta_option_spec* spec, size_t count);

/* The same check with the spec given as a PHP map name => type string, as
 * MailAdapter::checkOptionTypes() receives it. */
bool metamta_options_check_map(HashTable* options, HashTable* types);

/* A copy of the array with every PHP reference replaced by its value, in
 * nested arrays too, so a validated map cannot change behind the adapter's
 * back. Returns NULL after throwing when a reference makes it recursive. */
zend_array* metamta_options_separate(HashTable* options);

/* The same copy with the value of every secret-looking key (see below)
 * replaced by "[redacted]", for var_dump. */
zend_array* metamta_options_redacted(HashTable* options);

/* Whether value is a list (keys 0..n-1 in order) of strings; references
 * are looked through. */
bool metamta_is_string_list(const zval* value);

/* Whether an option name looks like it holds a secret: it contains "key",
 * "token", "secret" or "password" (ASCII case-insensitive). */
bool metamta_option_name_is_secret(const char* name, size_t len);

#endif
