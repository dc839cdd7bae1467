/* MailerList::sendAll(): many messages in rounds. Each round hands every
 * pending message, paired with its current mailer, to the send-slots layer
 * (ext/parallel_send.h), then applies send()'s rules to each outcome. Also
 * the SendResult value object it returns. */
#include "mailer_list.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "parallel_send.h"

#include "send_result_arginfo.h"

zend_class_entry* metamta_ce_SendResult;

static zend_object_handlers send_result_handlers;

typedef struct {
	zend_string* mailer_key; /* NULL unless sent */
	zval exception;          /* IS_UNDEF unless failed */
	zend_long attempts;
	zend_object std;
} metamta_send_result_object;

static inline metamta_send_result_object* send_result_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_send_result_object, obj);
}

/* One message's progress through its mailers. */
typedef struct {
	zval* message;
	zval mailers;      /* list of adapters in the order to try */
	uint32_t next;     /* position of the current mailer */
	zend_long retries; /* retries already spent on the current mailer */
	zend_long attempts;
	HashTable failures; /* mailer key => exception, in the order tried */
	zval stopped;       /* the exception that ended it early, or IS_UNDEF */
	zend_string* sent_by;
	bool done;
} message_state;

/* ---- SendResult --------------------------------------------------------------- */

static zend_object* send_result_create(zend_class_entry* ce)
{
	metamta_send_result_object* intern = zend_object_alloc(sizeof(metamta_send_result_object), ce);

	intern->mailer_key = NULL;
	ZVAL_UNDEF(&intern->exception);
	intern->attempts = 0;
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &send_result_handlers;
	return &intern->std;
}

static void send_result_free(zend_object* object)
{
	metamta_send_result_object* intern = send_result_from_obj(object);

	if (intern->mailer_key) {
		zend_string_release(intern->mailer_key);
	}
	zval_ptr_dtor(&intern->exception);
	zend_object_std_dtor(object);
}

static HashTable* send_result_get_gc(zend_object* object, zval** table, int* n)
{
	metamta_send_result_object* intern = send_result_from_obj(object);

	*table = &intern->exception;
	*n = 1;
	return zend_std_get_properties(object);
}

static HashTable* send_result_debug_info(zend_object* object, int* is_temp)
{
	metamta_send_result_object* intern = send_result_from_obj(object);
	HashTable* info = zend_new_array(4);
	zval zv;

	*is_temp = 1;
	ZVAL_BOOL(&zv, intern->mailer_key != NULL);
	zend_hash_str_update(info, "sent", sizeof("sent") - 1, &zv);
	metamta_debug_add_string(info, "mailerKey", intern->mailer_key);
	if (Z_TYPE(intern->exception) == IS_OBJECT) {
		ZVAL_COPY(&zv, &intern->exception);
	} else {
		ZVAL_NULL(&zv);
	}
	zend_hash_str_update(info, "exception", sizeof("exception") - 1, &zv);
	ZVAL_LONG(&zv, intern->attempts);
	zend_hash_str_update(info, "attempts", sizeof("attempts") - 1, &zv);
	return info;
}

ZEND_METHOD(MetaMTA_SendResult, __construct) { ZEND_PARSE_PARAMETERS_NONE(); }

ZEND_METHOD(MetaMTA_SendResult, isSent)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(send_result_from_obj(Z_OBJ_P(ZEND_THIS))->mailer_key != NULL);
}

ZEND_METHOD(MetaMTA_SendResult, getMailerKey)
{
	metamta_send_result_object* intern = send_result_from_obj(Z_OBJ_P(ZEND_THIS));

	ZEND_PARSE_PARAMETERS_NONE();
	if (!intern->mailer_key) {
		RETURN_NULL();
	}
	RETURN_STR_COPY(intern->mailer_key);
}

ZEND_METHOD(MetaMTA_SendResult, getException)
{
	metamta_send_result_object* intern = send_result_from_obj(Z_OBJ_P(ZEND_THIS));

	ZEND_PARSE_PARAMETERS_NONE();
	if (Z_TYPE(intern->exception) != IS_OBJECT) {
		RETURN_NULL();
	}
	RETURN_COPY(&intern->exception);
}

ZEND_METHOD(MetaMTA_SendResult, getAttempts)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(send_result_from_obj(Z_OBJ_P(ZEND_THIS))->attempts);
}

void metamta_minit_send_result(void)
{
	metamta_ce_SendResult = register_class_MetaMTA_SendResult();
	metamta_ce_SendResult->create_object = send_result_create;
	memcpy(&send_result_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	send_result_handlers.offset = XtOffsetOf(metamta_send_result_object, std);
	send_result_handlers.free_obj = send_result_free;
	send_result_handlers.clone_obj = NULL;
	send_result_handlers.get_gc = send_result_get_gc;
	send_result_handlers.get_debug_info = send_result_debug_info;
}

/* ---- rounds -------------------------------------------------------------------- */

static zval* current_mailer(message_state* st) { return zend_hash_index_find(Z_ARRVAL(st->mailers), st->next); }

/* The state's outcome as a SendResult. */
static void make_result(message_state* st, zval* out)
{
	metamta_send_result_object* result;

	object_init_ex(out, metamta_ce_SendResult);
	result = send_result_from_obj(Z_OBJ_P(out));
	result->attempts = st->attempts;
	if (st->sent_by) {
		result->mailer_key = zend_string_copy(st->sent_by);
	} else if (Z_TYPE(st->stopped) == IS_OBJECT) {
		ZVAL_COPY(&result->exception, &st->stopped);
	} else if (zend_hash_num_elements(&st->failures) == 1) {
		zval* only;

		ZEND_HASH_FOREACH_VAL(&st->failures, only) { ZVAL_COPY(&result->exception, only); }
		ZEND_HASH_FOREACH_END();
	} else {
		ZVAL_OBJ(&result->exception, metamta_aggregate_exception_new(&st->failures));
	}
}

/* Applies send()'s rules to one slot's outcome; returns the delay a retry
 * needs (0 otherwise). */
static double judge_slot(metamta_mailer_list_object* list, message_state* st, metamta_send_slot* slot)
{
	zval* key = &Z_METAMTA_ADAPTER_P(current_mailer(st))->key;
	double delay = 0.0;

	st->attempts++;
	if (Z_TYPE(slot->exception) != IS_OBJECT) {
		st->sent_by = zend_string_copy(Z_STR_P(key));
		st->done = true;
		return 0.0;
	}
	switch (metamta_mailer_list_judge(list, Z_OBJ(slot->exception), st->retries, &delay)) {
	case METAMTA_FAILURE_RETRY: st->retries++; return delay;
	case METAMTA_FAILURE_STOP:
		ZVAL_COPY(&st->stopped, &slot->exception);
		st->done = true;
		return 0.0;
	case METAMTA_FAILURE_NEXT:
		Z_ADDREF(slot->exception);
		zend_hash_update(&st->failures, Z_STR_P(key), &slot->exception);
		st->retries = 0;
		st->next++;
		st->done = st->next >= zend_hash_num_elements(Z_ARRVAL(st->mailers));
		return 0.0;
	}
	return 0.0;
}

/* Runs rounds until every message is done; false after an engine failure. */
static bool run_rounds(metamta_mailer_list_object* list, message_state* states, size_t count, zend_long concurrency)
{
	metamta_send_slot* slots = safe_emalloc(count, sizeof(*slots), 0);
	size_t* owner = safe_emalloc(count, sizeof(*owner), 0);
	bool ok = true;

	for (;;) {
		double wait = 0.0;
		size_t n = 0, i;

		for (i = 0; i < count; i++) {
			if (!states[i].done) {
				slots[n].message = states[i].message;
				slots[n].adapter = Z_OBJ_P(current_mailer(&states[i]));
				ZVAL_UNDEF(&slots[n].exception);
				owner[n++] = i;
			}
		}
		if (n == 0) {
			break;
		}
		if (!metamta_send_slots(slots, n, (size_t)concurrency)) {
			metamta_send_slots_release(slots, n);
			ok = false;
			break;
		}
		for (i = 0; i < n; i++) {
			double delay = judge_slot(list, &states[owner[i]], &slots[i]);

			wait = MAX(wait, delay);
		}
		metamta_send_slots_release(slots, n);
		/* One wait per round for the slowest retry, not one per message. */
		metamta_mailer_list_sleep(wait);
	}
	efree(slots);
	efree(owner);
	return ok;
}

void metamta_mailer_list_send_all(
    metamta_mailer_list_object* list, HashTable* messages, zend_long concurrency, zval* return_value)
{
	uint32_t count = zend_hash_num_elements(messages);
	message_state* states;
	zend_string* key;
	zend_ulong index;
	size_t n = 0, i;
	zval* message;
	bool ok = true;

	/* Check every element before sending any. */
	ZEND_HASH_FOREACH_VAL(messages, message)
	{
		ZVAL_DEREF(message);
		if (Z_TYPE_P(message) != IS_OBJECT ||
		    !instanceof_function(Z_OBJCE_P(message), metamta_ce_ExternalMessage)) {
			zend_argument_type_error(1, "must contain only MetaMTA\\ExternalMessage objects, %s given",
			    zend_zval_type_name(message));
			return;
		}
	}
	ZEND_HASH_FOREACH_END();

	states = count ? ecalloc(count, sizeof(*states)) : NULL;
	ZEND_HASH_FOREACH_VAL(messages, message)
	{
		message_state* st = &states[n];
		zval type;
		HashTable media;
		metamta_mailer_constraints c = { 0 };

		ZVAL_DEREF(message);
		st->message = message;
		ZVAL_UNDEF(&st->stopped);
		ZVAL_UNDEF(&st->mailers);
		zend_hash_init(&st->failures, 2, NULL, ZVAL_PTR_DTOR, 0);
		n++;
		/* Each message gets its own shuffle of each priority group. */
		zend_call_method_with_0_params(Z_OBJ_P(message), Z_OBJCE_P(message), NULL, "getmessagetype", &type);
		if (EG(exception)) {
			ok = false;
			break;
		}
		zend_hash_init(&media, 1, NULL, ZVAL_PTR_DTOR, 0);
		zend_hash_next_index_insert(&media, &type);
		c.outbound = true;
		c.media = &media;
		ok = metamta_mailer_list_select(list, &c, &st->mailers);
		zend_hash_destroy(&media);
		if (!ok) {
			break;
		}
		if (zend_hash_num_elements(Z_ARRVAL(st->mailers)) == 0) {
			ZVAL_OBJ(&st->stopped, metamta_mailer_list_no_mailer_exception(list));
			st->done = true;
		}
	}
	ZEND_HASH_FOREACH_END();

	if (ok && run_rounds(list, states, n, concurrency)) {
		array_init_size(return_value, count);
		i = 0;
		ZEND_HASH_FOREACH_KEY(messages, index, key)
		{
			zval result;

			make_result(&states[i++], &result);
			if (key) {
				zend_hash_update(Z_ARRVAL_P(return_value), key, &result);
			} else {
				zend_hash_index_update(Z_ARRVAL_P(return_value), index, &result);
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	for (i = 0; i < n; i++) {
		zval_ptr_dtor(&states[i].mailers);
		zend_hash_destroy(&states[i].failures);
		zval_ptr_dtor(&states[i].stopped);
		if (states[i].sent_by) {
			zend_string_release(states[i].sent_by);
		}
	}
	if (states) {
		efree(states);
	}
}
