/* What the mailer-list files share: the configured entries, the list object,
 * selection in priority order and the judgement of one failed send. */
#ifndef METAMTA_MAILER_LIST_H
#define METAMTA_MAILER_LIST_H

#include "php_metamta.h"

#include "zend_smart_str.h"

/* One validated cluster.mailers entry. */
typedef struct {
	zend_string* key;
	zend_string* type;
	zend_class_entry* ce;
	zend_long priority;  /* configured (> 0) or assigned (-1, -2, ...) */
	zend_array* options; /* merged over the adapter's defaults, validated */
	zend_array* media;   /* NULL when not configured */
	bool inbound;
	bool outbound;
} metamta_mailer_entry;

typedef struct {
	metamta_mailer_entry* entries;
	size_t count;
	zend_long max_retries;
	double base_delay; /* seconds */
	double max_delay;  /* seconds */
	bool at_least_once;
	zend_object std;
} metamta_mailer_list_object;

static inline metamta_mailer_list_object* metamta_mailer_list_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_mailer_list_object, obj);
}
#define Z_METAMTA_MAILER_LIST_P(zv) metamta_mailer_list_from_obj(Z_OBJ_P(zv))

/* ---- ext/mailer_config.c ---------------------------------------------- */

/* Validates a cluster.mailers value (mailers.md §2, plus media and non-map
 * options) into entries; throws InvalidArgumentException at the first
 * mistake and returns false with nothing allocated. */
bool metamta_mailer_config_parse(HashTable* config, metamta_mailer_entry** entries, size_t* count);
void metamta_mailer_entries_free(metamta_mailer_entry* entries, size_t count);
/* A new adapter configured from the entry (mailers.md §3 steps 2-6) into
 * out; false after an exception. */
bool metamta_mailer_entry_build(const metamta_mailer_entry* entry, zval* out);

/* Checks a map against optional fields with the same messages as the
 * option checks; detail receives the sentence on failure. */
typedef enum {
	METAMTA_FIELD_STRING,
	METAMTA_FIELD_INT,
	METAMTA_FIELD_BOOL,
	METAMTA_FIELD_STRING_LIST,
	METAMTA_FIELD_ANY
} metamta_field_type;
typedef struct {
	const char* name;
	metamta_field_type type;
	bool required;
} metamta_field_spec;
bool metamta_fields_check(HashTable* map, const metamta_field_spec* fields, size_t count, smart_str* detail);
/* A mailer key or type for a message: single-quoted, controls escaped. */
void metamta_append_quoted(smart_str* out, zend_string* value);

/* ---- ext/mailer_list.c ------------------------------------------------- */

/* Selection constraints (mailers.md §3); types NULL = not set. */
typedef struct {
	HashTable* types;
	bool inbound;
	bool outbound;
	HashTable* media;
} metamta_mailer_constraints;

/* New adapters for the entries that pass, in priority order with a fresh
 * shuffle inside each group, as a list in out; false after an exception. */
bool metamta_mailer_list_select(
    metamta_mailer_list_object* list, const metamta_mailer_constraints* constraints, zval* out);

/* What to do after a failed send. */
typedef enum {
	METAMTA_FAILURE_RETRY, /* the same mailer again after *delay seconds */
	METAMTA_FAILURE_NEXT,  /* record it and fail over */
	METAMTA_FAILURE_STOP   /* give up on this message: rethrow it */
} metamta_failure_action;

/* retries = how often this mailer was already retried for the message. */
metamta_failure_action metamta_mailer_list_judge(
    const metamta_mailer_list_object* list, zend_object* ex, zend_long retries, double* delay);

/* The "no mailer" exception (not thrown) for a list with nothing to offer. */
zend_object* metamta_mailer_list_no_mailer_exception(const metamta_mailer_list_object* list);

/* Sleeps for seconds (usleep), ignoring values <= 0. */
void metamta_mailer_list_sleep(double seconds);

/* ---- ext/mailer_send_all.c ---------------------------------------------- */

void metamta_mailer_list_send_all(
    metamta_mailer_list_object* list, HashTable* messages, zend_long concurrency, zval* return_value);

#endif
