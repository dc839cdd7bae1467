/* MetaMTA\MailerList: the configured mailers in priority order (mailers.md
 * §3-§4), send() with retries and failover (§5-§6, with our exactly-once
 * default), and the threading headers helper (§8.1). */
#include "mailer_list.h"

#include <math.h>
#include <unistd.h>

#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "options.h"
#include "threading.h"

#include "mailer_list_arginfo.h"

zend_class_entry* metamta_ce_MailerList;

static zend_object_handlers mailer_list_handlers;

/* Bounds of the retry policy: enough for any sane setup, small enough that
 * a typo cannot park a worker for hours. */
#define MAX_RETRIES_LIMIT 100
#define MAX_DELAY_LIMIT 3600.0

static const metamta_field_spec constraint_fields[] = {
	{ "types", METAMTA_FIELD_STRING_LIST, false },
	{ "inbound", METAMTA_FIELD_BOOL, false },
	{ "outbound", METAMTA_FIELD_BOOL, false },
	{ "media", METAMTA_FIELD_STRING_LIST, false },
};

/* ---- object ---------------------------------------------------------------- */

static zend_object* mailer_list_create(zend_class_entry* ce)
{
	metamta_mailer_list_object* intern = zend_object_alloc(sizeof(metamta_mailer_list_object), ce);

	intern->entries = NULL;
	intern->count = 0;
	intern->max_retries = 2;
	intern->base_delay = 0.5;
	intern->max_delay = 10.0;
	intern->at_least_once = false;
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &mailer_list_handlers;
	return &intern->std;
}

static void mailer_list_free(zend_object* object)
{
	metamta_mailer_list_object* intern = metamta_mailer_list_from_obj(object);

	metamta_mailer_entries_free(intern->entries, intern->count);
	intern->entries = NULL;
	intern->count = 0;
	zend_object_std_dtor(object);
}

/* var_dump shows the configuration with secret-looking options redacted. */
static HashTable* mailer_list_debug_info(zend_object* object, int* is_temp)
{
	metamta_mailer_list_object* intern = metamta_mailer_list_from_obj(object);
	HashTable* info = zend_new_array(2);
	zval mailers, item, zv;
	size_t i;

	*is_temp = 1;
	array_init(&mailers);
	for (i = 0; i < intern->count; i++) {
		const metamta_mailer_entry* e = &intern->entries[i];

		array_init(&item);
		add_assoc_str(&item, "key", zend_string_copy(e->key));
		add_assoc_str(&item, "type", zend_string_copy(e->type));
		add_assoc_long(&item, "priority", e->priority);
		ZVAL_ARR(&zv, metamta_options_redacted(e->options));
		add_assoc_zval(&item, "options", &zv);
		add_assoc_bool(&item, "inbound", e->inbound);
		add_assoc_bool(&item, "outbound", e->outbound);
		if (e->media) {
			ZVAL_ARR(&zv, zend_array_dup(e->media));
		} else {
			ZVAL_NULL(&zv);
		}
		add_assoc_zval(&item, "media", &zv);
		add_next_index_zval(&mailers, &item);
	}
	zend_hash_str_update(info, "mailers", sizeof("mailers") - 1, &mailers);
	return info;
}

/* ---- selection ---------------------------------------------------------------- */

static bool list_has_string(HashTable* list, zend_string* needle)
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

/* Whether the adapter supports at least one of the media (§3). */
static bool supports_any_medium(zval* adapter, HashTable* media, bool* result)
{
	zval* medium;
	zval retval;

	*result = false;
	ZEND_HASH_FOREACH_VAL(media, medium)
	{
		ZVAL_DEREF(medium);
		zend_call_method_with_1_params(
		    Z_OBJ_P(adapter), Z_OBJCE_P(adapter), NULL, "supportsmessagetype", &retval, medium);
		if (EG(exception)) {
			return false;
		}
		if (zend_is_true(&retval)) {
			*result = true;
			return true;
		}
	}
	ZEND_HASH_FOREACH_END();
	return true;
}

/* A uniform integer in [0, max]: the CSPRNG, else Mt19937 if it fails. */
static zend_long random_below_or_equal(zend_long max)
{
	zend_long result;

	if (max <= 0) {
		return 0;
	}
	if (php_random_int_silent(0, max, &result) == SUCCESS) {
		return result;
	}
	return php_mt_rand_range(0, max);
}

bool metamta_mailer_list_select(metamta_mailer_list_object* list, const metamta_mailer_constraints* c, zval* out)
{
	zval* built = list->count ? safe_emalloc(list->count, sizeof(zval), 0) : NULL;
	size_t n = 0, i, j, start;

	for (i = 0; i < list->count; i++) {
		const metamta_mailer_entry* e = &list->entries[i];
		bool keep = true;

		if ((c->types && !list_has_string(c->types, e->type)) || (c->inbound && !e->inbound) ||
		    (c->outbound && !e->outbound)) {
			continue;
		}
		if (!metamta_mailer_entry_build(e, &built[n])) {
			goto failed;
		}
		n++;
		if (c->media && zend_hash_num_elements(c->media) > 0 &&
		    (!supports_any_medium(&built[n - 1], c->media, &keep) || !keep)) {
			zval_ptr_dtor(&built[--n]);
			if (EG(exception)) {
				goto failed;
			}
		}
	}
	/* Stable insertion sort, largest priority first: n is a handful. */
	for (i = 1; i < n; i++) {
		zval moving = built[i];
		zend_long p = Z_LVAL(Z_METAMTA_ADAPTER_P(&moving)->priority);

		for (j = i; j > 0 && Z_LVAL(Z_METAMTA_ADAPTER_P(&built[j - 1])->priority) < p; j--) {
			built[j] = built[j - 1];
		}
		built[j] = moving;
	}
	/* Fisher-Yates inside each group of equal priority, fresh every call. */
	for (start = 0; start < n; start = i) {
		zend_long p = Z_LVAL(Z_METAMTA_ADAPTER_P(&built[start])->priority);

		for (i = start + 1; i < n && Z_LVAL(Z_METAMTA_ADAPTER_P(&built[i])->priority) == p; i++) {
		}
		for (j = i - 1; j > start; j--) {
			size_t k = start + (size_t)random_below_or_equal((zend_long)(j - start));
			zval tmp = built[j];

			built[j] = built[k];
			built[k] = tmp;
		}
	}
	array_init_size(out, (uint32_t)n);
	for (i = 0; i < n; i++) {
		add_next_index_zval(out, &built[i]);
	}
	if (built) {
		efree(built);
	}
	return true;

failed:
	for (i = 0; i < n; i++) {
		zval_ptr_dtor(&built[i]);
	}
	if (built) {
		efree(built);
	}
	return false;
}

/* ---- failures ------------------------------------------------------------------- */

static bool read_bool_property(zend_class_entry* scope, zend_object* ex, const char* name)
{
	zval rv;

	return zend_is_true(zend_read_property(scope, ex, name, strlen(name), 1, &rv));
}

static double backoff_delay(const metamta_mailer_list_object* list, zend_object* ex, zend_long retries)
{
	double cap;

	if (instanceof_function(ex->ce, metamta_ce_ProviderException)) {
		zval rv;
		zval* after = zend_read_property(
		    metamta_ce_ProviderException, ex, "retryAfter", sizeof("retryAfter") - 1, 1, &rv);

		if (Z_TYPE_P(after) == IS_LONG) {
			return MIN((double)Z_LVAL_P(after), list->max_delay);
		}
	}
	/* Capped exponential backoff with full jitter. */
	cap = MIN(list->max_delay, list->base_delay * pow(2.0, (double)MIN(retries, 62)));
	return cap * (double)random_below_or_equal(1000000) / 1000000.0;
}

metamta_failure_action metamta_mailer_list_judge(
    const metamta_mailer_list_object* list, zend_object* ex, zend_long retries, double* delay)
{
	bool retryable = false;

	*delay = 0.0;
	/* An Error is a bug in the caller's code, not a delivery failure; and
	 * a permanent failure means no mailer can ever deliver it. */
	if (!instanceof_function(ex->ce, zend_ce_exception) ||
	    instanceof_function(ex->ce, metamta_ce_PermanentFailureException)) {
		return METAMTA_FAILURE_STOP;
	}
	if (instanceof_function(ex->ce, metamta_ce_TransportException)) {
		if (!list->at_least_once && read_bool_property(metamta_ce_TransportException, ex, "outcomeUnknown")) {
			return METAMTA_FAILURE_STOP;
		}
		retryable = true;
	} else if (instanceof_function(ex->ce, metamta_ce_ProviderException)) {
		zval rv, rv_code;
		zend_long status = zval_get_long(zend_read_property(
		    metamta_ce_ProviderException, ex, "httpStatus", sizeof("httpStatus") - 1, 1, &rv));
		zval* code = zend_read_property(
		    metamta_ce_ProviderException, ex, "providerCode", sizeof("providerCode") - 1, 1, &rv_code);

		/* A 2xx without the provider's error code is an answer we could not read
		 * to a request the provider took (spec mailers.md §6): another mailer
		 * would deliver a second copy. A 2xx with a code (a refused Postmark
		 * batch member) is a refusal like any other. */
		if (!list->at_least_once && status >= 200 && status < 300 && Z_TYPE_P(code) == IS_NULL) {
			return METAMTA_FAILURE_STOP;
		}
		retryable = read_bool_property(metamta_ce_ProviderException, ex, "retryable");
	}
	if (retryable && retries < list->max_retries) {
		*delay = backoff_delay(list, ex, retries);
		return METAMTA_FAILURE_RETRY;
	}
	return METAMTA_FAILURE_NEXT;
}

zend_object* metamta_mailer_list_no_mailer_exception(const metamta_mailer_list_object* list)
{
	zval ex;

	object_init_ex(&ex, metamta_ce_RuntimeException);
	zend_update_property_string(zend_ce_exception, Z_OBJ(ex), "message", sizeof("message") - 1,
	    list->count ? "No configured mailers support sending outbound mail." : "No mailers are configured.");
	return Z_OBJ(ex);
}

void metamta_mailer_list_sleep(double seconds)
{
	if (seconds > 0) {
		usleep((useconds_t)(seconds * 1e6));
	}
}

/* ---- send ---------------------------------------------------------------------- */

/* The outbound mailers for the message's type, narrowed to the try-list. */
static bool mailers_for_message(metamta_mailer_list_object* list, zval* message, HashTable* try_keys, zval* out)
{
	metamta_mailer_constraints c = { 0 };
	HashTable media;
	zval type, selected, *key, *adapter;
	bool ok;

	zend_call_method_with_0_params(Z_OBJ_P(message), Z_OBJCE_P(message), NULL, "getmessagetype", &type);
	if (EG(exception)) {
		return false;
	}
	if (Z_TYPE(type) != IS_STRING) {
		zval_ptr_dtor(&type);
		zend_throw_exception_ex(metamta_ce_RuntimeException, 0, "%s::getMessageType() must return a string.",
		    ZSTR_VAL(Z_OBJCE_P(message)->name));
		return false;
	}
	zend_hash_init(&media, 1, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_next_index_insert(&media, &type);
	c.outbound = true;
	c.media = &media;
	ok = metamta_mailer_list_select(list, &c, &selected);
	zend_hash_destroy(&media);
	if (!ok) {
		return false;
	}
	if (!try_keys) {
		ZVAL_COPY_VALUE(out, &selected);
		return true;
	}
	/* The try-list's order wins; unknown keys are skipped (§5.3). */
	array_init(out);
	ZEND_HASH_FOREACH_VAL(try_keys, key)
	{
		ZVAL_DEREF(key);
		if (Z_TYPE_P(key) != IS_STRING) {
			zval_ptr_dtor(out);
			zval_ptr_dtor(&selected);
			metamta_throw_invalid(
			    "The try-list must hold mailer keys (strings), %s given.", zend_zval_type_name(key));
			return false;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(selected), adapter)
		{
			zval* own = &Z_METAMTA_ADAPTER_P(adapter)->key;

			if (Z_TYPE_P(own) == IS_STRING && zend_string_equals(Z_STR_P(own), Z_STR_P(key)) &&
			    !zend_hash_exists(Z_ARRVAL_P(out), Z_STR_P(key))) {
				Z_ADDREF_P(adapter);
				zend_hash_add_new(Z_ARRVAL_P(out), Z_STR_P(key), adapter);
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&selected);
	return true;
}

/* One mailer, with retries: true when it accepted. Otherwise *failure owns
 * the last exception and *stop says whether to give up on the message. */
static bool send_with_retries(
    metamta_mailer_list_object* list, zval* adapter, zval* message, zend_object** failure, bool* stop)
{
	zend_long retries = 0;
	zval retval;

	for (;;) {
		double delay;

		zend_call_method_with_1_params(
		    Z_OBJ_P(adapter), Z_OBJCE_P(adapter), NULL, "sendmessage", &retval, message);
		zval_ptr_dtor(&retval);
		if (!EG(exception)) {
			return true;
		}
		*failure = EG(exception);
		if (!instanceof_function((*failure)->ce, zend_ce_throwable)) {
			/* exit() unwinding: leave it in flight. */
			*failure = NULL;
			*stop = true;
			return false;
		}
		GC_ADDREF(*failure);
		zend_clear_exception();
		switch (metamta_mailer_list_judge(list, *failure, retries, &delay)) {
		case METAMTA_FAILURE_RETRY:
			OBJ_RELEASE(*failure);
			*failure = NULL;
			retries++;
			metamta_mailer_list_sleep(delay);
			break;
		case METAMTA_FAILURE_NEXT: *stop = false; return false;
		case METAMTA_FAILURE_STOP: *stop = true; return false;
		}
	}
}

static void mailer_list_send(metamta_mailer_list_object* list, zval* message, HashTable* try_keys, zval* return_value)
{
	HashTable failures;
	zval mailers, *adapter, zv;

	if (!mailers_for_message(list, message, try_keys, &mailers)) {
		return;
	}
	if (zend_hash_num_elements(Z_ARRVAL(mailers)) == 0) {
		zval_ptr_dtor(&mailers);
		ZVAL_OBJ(&zv, metamta_mailer_list_no_mailer_exception(list));
		zend_throw_exception_object(&zv);
		return;
	}
	zend_hash_init(&failures, 4, NULL, ZVAL_PTR_DTOR, 0);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(mailers), adapter)
	{
		zval* key = &Z_METAMTA_ADAPTER_P(adapter)->key;
		zend_object* failure = NULL;
		bool stop = false;

		if (send_with_retries(list, adapter, message, &failure, &stop)) {
			RETVAL_STR_COPY(Z_STR_P(key));
			goto done;
		}
		if (stop) {
			if (failure) {
				ZVAL_OBJ(&zv, failure);
				zend_throw_exception_object(&zv);
			}
			goto done;
		}
		ZVAL_OBJ(&zv, failure);
		zend_hash_update(&failures, Z_STR_P(key), &zv);
	}
	ZEND_HASH_FOREACH_END();
	/* Every mailer failed: the one exception itself, or all of them. */
	if (zend_hash_num_elements(&failures) == 1) {
		ZEND_HASH_FOREACH_VAL(&failures, adapter) { ZVAL_COPY(&zv, adapter); }
		ZEND_HASH_FOREACH_END();
		zend_throw_exception_object(&zv);
	} else {
		ZVAL_OBJ(&zv, metamta_aggregate_exception_new(&failures));
		zend_throw_exception_object(&zv);
	}

done:
	zend_hash_destroy(&failures);
	zval_ptr_dtor(&mailers);
}

/* ---- methods ------------------------------------------------------------------- */

ZEND_METHOD(MetaMTA_MailerList, __construct) { ZEND_PARSE_PARAMETERS_NONE(); }

ZEND_METHOD(MetaMTA_MailerList, fromConfig)
{
	metamta_mailer_list_object* intern;
	HashTable* config = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT_OR_NULL(config)
	ZEND_PARSE_PARAMETERS_END();

	object_init_ex(return_value, metamta_ce_MailerList);
	intern = Z_METAMTA_MAILER_LIST_P(return_value);
	if (config && !metamta_mailer_config_parse(config, &intern->entries, &intern->count)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

/* Reads the constraint map into c (borrowed), or throws. */
static bool parse_constraints(HashTable* map, metamta_mailer_constraints* c)
{
	smart_str detail = { 0 };
	zval* value;

	memset(c, 0, sizeof(*c));
	if (!metamta_fields_check(
	        map, constraint_fields, sizeof(constraint_fields) / sizeof(constraint_fields[0]), &detail)) {
		smart_str_0(&detail);
		metamta_throw_invalid("Invalid mailer constraints: %s", ZSTR_VAL(detail.s));
		smart_str_free(&detail);
		return false;
	}
	value = zend_hash_str_find_deref(map, "types", sizeof("types") - 1);
	c->types = value ? Z_ARRVAL_P(value) : NULL;
	value = zend_hash_str_find_deref(map, "inbound", sizeof("inbound") - 1);
	c->inbound = value && Z_TYPE_P(value) == IS_TRUE;
	value = zend_hash_str_find_deref(map, "outbound", sizeof("outbound") - 1);
	c->outbound = value && Z_TYPE_P(value) == IS_TRUE;
	value = zend_hash_str_find_deref(map, "media", sizeof("media") - 1);
	c->media = value ? Z_ARRVAL_P(value) : NULL;
	return true;
}

ZEND_METHOD(MetaMTA_MailerList, getMailers)
{
	metamta_mailer_list_object* intern = Z_METAMTA_MAILER_LIST_P(ZEND_THIS);
	metamta_mailer_constraints c;
	HashTable* map = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY_HT(map)
	ZEND_PARSE_PARAMETERS_END();

	if (map) {
		if (!parse_constraints(map, &c)) {
			RETURN_THROWS();
		}
	} else {
		memset(&c, 0, sizeof(c));
	}
	if (!metamta_mailer_list_select(intern, &c, return_value)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(MetaMTA_MailerList, getMailer)
{
	metamta_mailer_list_object* intern = Z_METAMTA_MAILER_LIST_P(ZEND_THIS);
	zend_string* key;
	char quoted[512];
	size_t i;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	for (i = 0; i < intern->count; i++) {
		if (zend_string_equals(intern->entries[i].key, key)) {
			if (!metamta_mailer_entry_build(&intern->entries[i], return_value)) {
				RETURN_THROWS();
			}
			return;
		}
	}
	mm_quote(quoted, sizeof(quoted), ZSTR_VAL(key), ZSTR_LEN(key));
	metamta_throw_invalid("No mailer is configured with key %s.", quoted);
	RETURN_THROWS();
}

ZEND_METHOD(MetaMTA_MailerList, count)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long)Z_METAMTA_MAILER_LIST_P(ZEND_THIS)->count);
}

ZEND_METHOD(MetaMTA_MailerList, setRetryPolicy)
{
	metamta_mailer_list_object* intern = Z_METAMTA_MAILER_LIST_P(ZEND_THIS);
	zend_long max_retries = 2;
	double base_delay = 0.5, max_delay = 10.0;

	ZEND_PARSE_PARAMETERS_START(0, 3)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(max_retries)
	Z_PARAM_DOUBLE(base_delay)
	Z_PARAM_DOUBLE(max_delay)
	ZEND_PARSE_PARAMETERS_END();

	if (max_retries < 0 || max_retries > MAX_RETRIES_LIMIT) {
		metamta_throw_invalid("Expected maxRetries to be between 0 and %d, " ZEND_LONG_FMT " given.",
		    MAX_RETRIES_LIMIT, max_retries);
		RETURN_THROWS();
	}
	if (!(base_delay >= 0.0 && base_delay <= MAX_DELAY_LIMIT)) {
		metamta_throw_invalid(
		    "Expected baseDelay to be between 0 and %.0f seconds, %g given.", MAX_DELAY_LIMIT, base_delay);
		RETURN_THROWS();
	}
	if (!(max_delay >= base_delay && max_delay <= MAX_DELAY_LIMIT)) {
		metamta_throw_invalid("Expected maxDelay to be between baseDelay (%g) and %.0f seconds, %g given.",
		    base_delay, MAX_DELAY_LIMIT, max_delay);
		RETURN_THROWS();
	}
	intern->max_retries = max_retries;
	intern->base_delay = base_delay;
	intern->max_delay = max_delay;
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailerList, getRetryPolicy)
{
	metamta_mailer_list_object* intern = Z_METAMTA_MAILER_LIST_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, 3);
	add_assoc_long(return_value, "maxRetries", intern->max_retries);
	add_assoc_double(return_value, "baseDelay", intern->base_delay);
	add_assoc_double(return_value, "maxDelay", intern->max_delay);
}

ZEND_METHOD(MetaMTA_MailerList, setAtLeastOnce)
{
	bool enabled;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_BOOL(enabled)
	ZEND_PARSE_PARAMETERS_END();

	Z_METAMTA_MAILER_LIST_P(ZEND_THIS)->at_least_once = enabled;
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailerList, isAtLeastOnce)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_METAMTA_MAILER_LIST_P(ZEND_THIS)->at_least_once);
}

ZEND_METHOD(MetaMTA_MailerList, send)
{
	zval* message;
	HashTable* try_keys = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	Z_PARAM_OPTIONAL
	Z_PARAM_ARRAY_HT_OR_NULL(try_keys)
	ZEND_PARSE_PARAMETERS_END();

	mailer_list_send(Z_METAMTA_MAILER_LIST_P(ZEND_THIS), message, try_keys, return_value);
	if (EG(exception)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(MetaMTA_MailerList, sendAll)
{
	HashTable* messages;
	zend_long concurrency = 16;

	ZEND_PARSE_PARAMETERS_START(1, 2)
	Z_PARAM_ARRAY_HT(messages)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(concurrency)
	ZEND_PARSE_PARAMETERS_END();

	if (concurrency < 1 || concurrency > 1000) {
		zend_argument_value_error(2, "must be between 1 and 1000, " ZEND_LONG_FMT " given", concurrency);
		RETURN_THROWS();
	}
	metamta_mailer_list_send_all(Z_METAMTA_MAILER_LIST_P(ZEND_THIS), messages, concurrency, return_value);
	if (EG(exception)) {
		RETURN_THROWS();
	}
}

static void add_header(zval* list, const char* name, const char* value)
{
	metamta_header_object* header;
	zval zv;

	object_init_ex(&zv, metamta_ce_MailHeader);
	header = Z_METAMTA_HEADER_P(&zv);
	header->name = zend_string_init(name, strlen(name), 0);
	header->value = zend_string_init(value, strlen(value), 0);
	add_next_index_zval(list, &zv);
}

ZEND_METHOD(MetaMTA_MailerList, newThreadingHeaders)
{
	zval* mailer;
	zend_string *thread_id, *parent, *domain;
	bool is_first, now_is_null = true;
	zend_long now = 0;
	mm_threading_input in;
	mm_threading_headers out;
	mm_error err;
	zval keeps;

	ZEND_PARSE_PARAMETERS_START(5, 6)
	Z_PARAM_OBJECT_OF_CLASS(mailer, metamta_ce_MailAdapter)
	Z_PARAM_STR_OR_NULL(thread_id)
	Z_PARAM_BOOL(is_first)
	Z_PARAM_STR_OR_NULL(parent)
	Z_PARAM_STR(domain)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG_OR_NULL(now, now_is_null)
	ZEND_PARSE_PARAMETERS_END();

	if (!now_is_null && (now < 0 || now > (zend_long)UINT32_MAX)) {
		zend_argument_value_error(
		    6, "must be a Unix time between 0 and %u, " ZEND_LONG_FMT " given", (unsigned)UINT32_MAX, now);
		RETURN_THROWS();
	}
	zend_call_method_with_0_params(Z_OBJ_P(mailer), Z_OBJCE_P(mailer), NULL, "supportsmessageidheader", &keeps);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	memset(&in, 0, sizeof(in));
	in.thread_id = thread_id ? ZSTR_VAL(thread_id) : NULL;
	in.thread_id_len = thread_id ? ZSTR_LEN(thread_id) : 0;
	in.parent_message_id = parent ? ZSTR_VAL(parent) : NULL;
	in.parent_message_id_len = parent ? ZSTR_LEN(parent) : 0;
	in.domain = ZSTR_VAL(domain);
	in.domain_len = ZSTR_LEN(domain);
	in.is_first = is_first;
	in.supports_message_id = zend_is_true(&keeps);
	in.now = (uint32_t)(now_is_null ? (zend_long)time(NULL) : now);
	zval_ptr_dtor(&keeps);
	if (!mm_threading_build(&in, &out, &err)) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	array_init(return_value);
	if (out.message_id) {
		add_header(return_value, "Message-ID", out.message_id);
	}
	if (out.in_reply_to) {
		add_header(return_value, "In-Reply-To", out.in_reply_to);
		add_header(return_value, "References", out.references);
	}
	if (out.thread_index) {
		add_header(return_value, "Thread-Index", out.thread_index);
	}
	mm_threading_headers_free(&out);
}

void metamta_minit_mailer_list(void)
{
	metamta_ce_MailerList = register_class_MetaMTA_MailerList(zend_ce_countable);
	metamta_ce_MailerList->create_object = mailer_list_create;
	memcpy(&mailer_list_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	mailer_list_handlers.offset = XtOffsetOf(metamta_mailer_list_object, std);
	mailer_list_handlers.free_obj = mailer_list_free;
	mailer_list_handlers.clone_obj = NULL;
	mailer_list_handlers.get_debug_info = mailer_list_debug_info;
}
