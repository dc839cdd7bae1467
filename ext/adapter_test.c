/* MetaMTA\TestAdapter (adapters.md §4.9): records the last message it was
 * given (messages.md §8) instead of sending it, or fails on request. Also
 * the model of how a built-in adapter embeds the MailAdapter base. */
#include "php_metamta.h"
#include "options.h"

#include "zend_exceptions.h"

#include "adapter_test_arginfo.h"

zend_class_entry* metamta_ce_TestAdapter;

typedef struct {
	zval guts; /* array: the record of the last successful send */
	bool supports_message_id;
	bool fail_permanently;
	bool fail_temporarily;
	metamta_adapter_object base; /* last: its std must end the struct */
} metamta_test_adapter_object;

static zend_object_handlers test_adapter_handlers;

static inline metamta_test_adapter_object* test_adapter_from_obj(zend_object* object)
{
	return (metamta_test_adapter_object*)((char*)object - XtOffsetOf(metamta_test_adapter_object, base.std));
}

#define THIS_TEST_ADAPTER() test_adapter_from_obj(Z_OBJ_P(ZEND_THIS))

static zend_object* test_adapter_create(zend_class_entry* ce)
{
	metamta_test_adapter_object* intern = zend_object_alloc(sizeof(metamta_test_adapter_object), ce);

	ZVAL_EMPTY_ARRAY(&intern->guts);
	intern->supports_message_id = false;
	intern->fail_permanently = false;
	intern->fail_temporarily = false;
	metamta_adapter_base_init(&intern->base, ce);
	intern->base.std.handlers = &test_adapter_handlers;
	return &intern->base.std;
}

static void test_adapter_free(zend_object* object)
{
	metamta_test_adapter_object* intern = test_adapter_from_obj(object);

	zval_ptr_dtor(&intern->guts);
	metamta_adapter_base_free(&intern->base);
}

static HashTable* test_adapter_get_gc(zend_object* object, zval** table, int* n)
{
	return metamta_adapter_get_gc_ex(object, &test_adapter_from_obj(object)->guts, 1, table, n);
}

static HashTable* test_adapter_get_debug_info(zend_object* object, int* is_temp)
{
	metamta_test_adapter_object* intern = test_adapter_from_obj(object);
	HashTable* info = metamta_adapter_debug_info(object);
	zval flag;

	ZVAL_BOOL(&flag, intern->supports_message_id);
	zend_hash_str_update(info, "supportsMessageID", sizeof("supportsMessageID") - 1, &flag);
	ZVAL_BOOL(&flag, intern->fail_permanently);
	zend_hash_str_update(info, "failPermanently", sizeof("failPermanently") - 1, &flag);
	ZVAL_BOOL(&flag, intern->fail_temporarily);
	zend_hash_str_update(info, "failTemporarily", sizeof("failTemporarily") - 1, &flag);
	*is_temp = 1;
	return info;
}

/* ---- the record ------------------------------------------------------------ */

static bool is_instance(const zval* value, zend_class_entry* ce)
{
	return ce && Z_TYPE_P(value) == IS_OBJECT && instanceof_function(Z_OBJCE_P(value), ce);
}

static void add_nullable_str(zval* array, zend_string* value)
{
	if (value) {
		add_next_index_str(array, zend_string_copy(value));
	} else {
		add_next_index_null(array);
	}
}

static void add_assoc_nullable_str(zval* array, const char* key, zend_string* value)
{
	if (value) {
		add_assoc_str(array, key, zend_string_copy(value));
	} else {
		add_assoc_null(array, key);
	}
}

/* The string forms of a list of EmailAddress objects, in order. */
static void add_address_list(zval* record, const char* name, zend_array* addresses)
{
	zval list, *item;

	array_init(&list);
	if (addresses) {
		ZEND_HASH_FOREACH_VAL(addresses, item)
		{
			ZVAL_DEREF(item);
			if (is_instance(item, metamta_ce_EmailAddress)) {
				add_next_index_str(&list, metamta_address_string_form(Z_OBJ_P(item)));
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	add_assoc_zval(record, name, &list);
}

static void add_headers(zval* record, zend_array* headers)
{
	zval list, pair, *item;

	array_init(&list);
	if (headers) {
		ZEND_HASH_FOREACH_VAL(headers, item)
		{
			metamta_header_object* header;

			ZVAL_DEREF(item);
			if (!is_instance(item, metamta_ce_MailHeader)) {
				continue;
			}
			header = Z_METAMTA_HEADER_P(item);
			array_init_size(&pair, 2);
			add_nullable_str(&pair, header->name);
			add_nullable_str(&pair, header->value);
			add_next_index_zval(&list, &pair);
		}
		ZEND_HASH_FOREACH_END();
	}
	add_assoc_zval(record, "headers", &list);
}

static void add_attachments(zval* record, zend_array* attachments)
{
	zval list, entry, *item;

	array_init(&list);
	if (attachments) {
		ZEND_HASH_FOREACH_VAL(attachments, item)
		{
			metamta_attachment_object* attachment;

			ZVAL_DEREF(item);
			if (!is_instance(item, metamta_ce_MailAttachment)) {
				continue;
			}
			attachment = Z_METAMTA_ATTACHMENT_P(item);
			array_init_size(&entry, 3);
			add_assoc_nullable_str(&entry, "data", attachment->data);
			add_assoc_nullable_str(&entry, "filename", attachment->filename);
			add_assoc_nullable_str(&entry, "mimetype", attachment->mime_type);
			add_next_index_zval(&list, &entry);
		}
		ZEND_HASH_FOREACH_END();
	}
	add_assoc_zval(record, "attachments", &list);
}

/* messages.md §8, email: keys in this order, optional ones as stated. */
static void record_email(zval* record, zend_object* message)
{
	metamta_email_message_object* email = metamta_email_message_from_obj(message);

	array_init(record);
	if (is_instance(&email->from, metamta_ce_EmailAddress)) {
		add_assoc_str(record, "from", metamta_address_string_form(Z_OBJ(email->from)));
	} else {
		add_assoc_str(record, "from", ZSTR_EMPTY_ALLOC());
	}
	if (is_instance(&email->reply_to, metamta_ce_EmailAddress)) {
		add_assoc_str(record, "reply-to", metamta_address_string_form(Z_OBJ(email->reply_to)));
	}
	add_address_list(record, "tos", email->to);
	add_address_list(record, "ccs", email->cc);
	if (email->subject && ZSTR_LEN(email->subject) > 0) {
		add_assoc_str(record, "subject", zend_string_copy(email->subject));
	}
	add_headers(record, email->headers);
	if (email->text_body && ZSTR_LEN(email->text_body) > 0) {
		add_assoc_str(record, "body", zend_string_copy(email->text_body));
	}
	if (email->html_body && ZSTR_LEN(email->html_body) > 0) {
		add_assoc_str(record, "html-body", zend_string_copy(email->html_body));
	}
	add_attachments(record, email->attachments);
	add_assoc_bool(record, "did-send", true);
}

/* messages.md §8, SMS: the PhoneNumber object itself, not its string. */
static void record_sms(zval* record, zend_object* message)
{
	metamta_sms_message_object* sms = metamta_sms_message_from_obj(message);
	zval to;

	array_init(record);
	if (Z_TYPE(sms->to_number) == IS_OBJECT) {
		ZVAL_COPY(&to, &sms->to_number);
	} else {
		ZVAL_NULL(&to);
	}
	add_assoc_zval(record, "to", &to);
	if (sms->text_body) {
		add_assoc_str(record, "body", zend_string_copy(sms->text_body));
	} else {
		add_assoc_null(record, "body");
	}
	add_assoc_bool(record, "did-send", true);
}

/* ---- methods ------------------------------------------------------------------- */

ZEND_METHOD(MetaMTA_TestAdapter, getSupportedMessageTypes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, 2);
	add_next_index_string(return_value, "email");
	add_next_index_string(return_value, "sms");
}

ZEND_METHOD(MetaMTA_TestAdapter, sendMessage)
{
	metamta_test_adapter_object* intern = THIS_TEST_ADAPTER();
	zval* message;
	zval record;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->fail_permanently) {
		zend_throw_exception(metamta_ce_PermanentFailureException, "Unit Test (Permanent)", 0);
		RETURN_THROWS();
	}
	if (intern->fail_temporarily) {
		zend_throw_exception(metamta_ce_RuntimeException, "Unit Test (Temporary)", 0);
		RETURN_THROWS();
	}
	if (is_instance(message, metamta_ce_EmailMessage)) {
		record_email(&record, Z_OBJ_P(message));
	} else if (is_instance(message, metamta_ce_SMSMessage)) {
		record_sms(&record, Z_OBJ_P(message));
	} else {
		metamta_throw_invalid("TestAdapter can not send a message of class '%s'; it sends EmailMessage and "
		                      "SMSMessage only.",
		    ZSTR_VAL(Z_OBJCE_P(message)->name));
		RETURN_THROWS();
	}
	zval_ptr_dtor(&intern->guts);
	ZVAL_COPY_VALUE(&intern->guts, &record);
}

ZEND_METHOD(MetaMTA_TestAdapter, validateOptions)
{
	HashTable* options;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	/* No options: every key is unexpected. */
	if (!metamta_options_check(options, NULL, 0)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(MetaMTA_TestAdapter, newDefaultOptions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_EMPTY_ARRAY();
}

ZEND_METHOD(MetaMTA_TestAdapter, supportsMessageIDHeader)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(THIS_TEST_ADAPTER()->supports_message_id);
}

ZEND_METHOD(MetaMTA_TestAdapter, setSupportsMessageID)
{
	bool supports;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_BOOL(supports)
	ZEND_PARSE_PARAMETERS_END();

	THIS_TEST_ADAPTER()->supports_message_id = supports;
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_TestAdapter, setFailPermanently)
{
	bool fail = true;

	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(fail)
	ZEND_PARSE_PARAMETERS_END();

	THIS_TEST_ADAPTER()->fail_permanently = fail;
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_TestAdapter, setFailTemporarily)
{
	bool fail = true;

	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(fail)
	ZEND_PARSE_PARAMETERS_END();

	THIS_TEST_ADAPTER()->fail_temporarily = fail;
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_TestAdapter, getGuts)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(&THIS_TEST_ADAPTER()->guts);
}

static void return_record_string(zval* return_value, zend_object* object, const char* key, size_t key_len)
{
	zval* value = zend_hash_str_find(Z_ARRVAL(test_adapter_from_obj(object)->guts), key, key_len);

	if (value && Z_TYPE_P(value) == IS_STRING) {
		RETURN_COPY(value);
	}
	RETURN_NULL();
}

ZEND_METHOD(MetaMTA_TestAdapter, getBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_record_string(return_value, Z_OBJ_P(ZEND_THIS), "body", sizeof("body") - 1);
}

ZEND_METHOD(MetaMTA_TestAdapter, getHTMLBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_record_string(return_value, Z_OBJ_P(ZEND_THIS), "html-body", sizeof("html-body") - 1);
}

void metamta_minit_adapter_test(void)
{
	metamta_ce_TestAdapter = register_class_MetaMTA_TestAdapter(metamta_ce_MailAdapter);
	metamta_ce_TestAdapter->create_object = test_adapter_create;

	metamta_adapter_handlers_init(&test_adapter_handlers, XtOffsetOf(metamta_test_adapter_object, base.std));
	test_adapter_handlers.free_obj = test_adapter_free;
	test_adapter_handlers.get_gc = test_adapter_get_gc;
	test_adapter_handlers.get_debug_info = test_adapter_get_debug_info;
}
