/* MetaMTA\ExternalMessage, EmailMessage and SMSMessage, and the borrowed
 * core views (mm_email, mm_sms) adapters build their requests from. */
#include "php_metamta.h"

#include "buffer.h"
#include "mime.h"

#include "message_arginfo.h"

zend_class_entry* metamta_ce_ExternalMessage;
zend_class_entry* metamta_ce_EmailMessage;
zend_class_entry* metamta_ce_SMSMessage;
static zend_object_handlers email_handlers;
static zend_object_handlers sms_handlers;

/* ---- ExternalMessage ---------------------------------------------------- */

ZEND_METHOD(MetaMTA_ExternalMessage, getMessageType)
{
	zend_class_entry* ce = Z_OBJCE_P(ZEND_THIS);
	zend_string* name;
	zval* type;

	ZEND_PARSE_PARAMETERS_NONE();
	/* static::MESSAGETYPE, so a subclass written in PHP names its own type. */
	name = zend_string_init("MESSAGETYPE", sizeof("MESSAGETYPE") - 1, 0);
	type = zend_get_class_constant_ex(ce->name, name, ce, 0);
	zend_string_release(name);
	if (!type) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(type) != IS_STRING) {
		zend_type_error(
		    "%s::MESSAGETYPE must be of type string, %s given", ZSTR_VAL(ce->name), zend_zval_type_name(type));
		RETURN_THROWS();
	}
	RETURN_STR_COPY(Z_STR_P(type));
}

ZEND_METHOD(MetaMTA_ExternalMessage, getAllMessageTypes)
{
	zval prototype;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, 2);
	object_init_ex(&prototype, metamta_ce_EmailMessage);
	add_assoc_zval(return_value, "email", &prototype);
	object_init_ex(&prototype, metamta_ce_SMSMessage);
	add_assoc_zval(return_value, "sms", &prototype);
}

/* ---- shared pieces ------------------------------------------------------ */

static void release_zval(zval* zv)
{
	zval_ptr_dtor(zv);
	ZVAL_UNDEF(zv);
}

/* Stores a copy of the object in zv, releasing what was there. */
static void replace_object(zval* zv, zend_object* object)
{
	zval old;

	ZVAL_COPY_VALUE(&old, zv);
	ZVAL_OBJ_COPY(zv, object);
	zval_ptr_dtor(&old);
}

static void return_object_or_null(zval* return_value, const zval* zv)
{
	if (Z_TYPE_P(zv) != IS_OBJECT) {
		RETURN_NULL();
	}
	RETURN_OBJ_COPY(Z_OBJ_P(zv));
}

/* Adds an object (or null when unset) under key to a var_dump array. */
static void debug_add_object(HashTable* ht, const char* key, const zval* zv)
{
	zval copy;

	if (Z_TYPE_P(zv) == IS_OBJECT) {
		ZVAL_OBJ_COPY(&copy, Z_OBJ_P(zv));
	} else {
		ZVAL_NULL(&copy);
	}
	zend_hash_str_update(ht, key, strlen(key), &copy);
}

/* ---- EmailMessage ------------------------------------------------------- */

/* A stored list is never modified in place, so sharing it by refcount is a copy. */
static void array_to_zval(zval* zv, zend_array* list)
{
	if (zend_hash_num_elements(list) == 0) {
		ZVAL_EMPTY_ARRAY(zv);
		return;
	}
	GC_ADDREF(list);
	ZVAL_ARR(zv, list);
}

static void replace_list(zend_array** slot, zend_array* list)
{
	zend_array_release(*slot);
	*slot = list;
}

/* Checks that every element is an instance of ce and returns the list to
 * store: a new array with references resolved (so a reference into the
 * caller's array cannot change it later) and keys kept; NULL after throwing. */
static zend_array* checked_list(zend_array* given, zend_class_entry* ce)
{
	zend_array* list;
	zend_ulong index;
	zend_string* key;
	zval* value;

	if (zend_hash_num_elements(given) == 0) {
		return (zend_array*)&zend_empty_array;
	}
	list = zend_new_array(zend_hash_num_elements(given));
	ZEND_HASH_FOREACH_KEY_VAL(given, index, key, value)
	{
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(value), ce)) {
			char quoted_key[160];
			const char* given_type = Z_TYPE_P(value) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(value)->name) :
			                                                        zend_zval_type_name(value);
			if (key) {
				mm_quote(quoted_key, sizeof(quoted_key), ZSTR_VAL(key), ZSTR_LEN(key));
			} else {
				snprintf(quoted_key, sizeof(quoted_key), "'" ZEND_LONG_FMT "'", (zend_long)index);
			}
			metamta_throw_invalid("Array item with key %s must be an instance of %s, %s given.", quoted_key,
			    ZSTR_VAL(ce->name), given_type);
			zend_array_destroy(list);
			return NULL;
		}
		Z_ADDREF_P(value);
		if (key) {
			zend_hash_add_new(list, key, value);
		} else {
			zend_hash_index_add_new(list, index, value);
		}
	}
	ZEND_HASH_FOREACH_END();
	return list;
}

static zend_object* email_create(zend_class_entry* ce)
{
	metamta_email_message_object* intern = zend_object_alloc(sizeof(metamta_email_message_object), ce);

	ZVAL_UNDEF(&intern->from);
	ZVAL_UNDEF(&intern->reply_to);
	intern->to = (zend_array*)&zend_empty_array;
	intern->cc = (zend_array*)&zend_empty_array;
	intern->headers = (zend_array*)&zend_empty_array;
	intern->attachments = (zend_array*)&zend_empty_array;
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &email_handlers;
	return &intern->std;
}

static void email_free(zend_object* object)
{
	metamta_email_message_object* intern = metamta_email_message_from_obj(object);

	release_zval(&intern->from);
	release_zval(&intern->reply_to);
	replace_list(&intern->to, (zend_array*)&zend_empty_array);
	replace_list(&intern->cc, (zend_array*)&zend_empty_array);
	replace_list(&intern->headers, (zend_array*)&zend_empty_array);
	replace_list(&intern->attachments, (zend_array*)&zend_empty_array);
	metamta_replace_string(&intern->subject, NULL);
	metamta_replace_string(&intern->text_body, NULL);
	metamta_replace_string(&intern->html_body, NULL);
	zend_object_std_dtor(object);
}

/* Like PHP's clone of the original: the lists are copied, the address,
 * header and attachment objects in them are shared. */
static zend_object* email_clone(zend_object* old_object)
{
	metamta_email_message_object* old = metamta_email_message_from_obj(old_object);
	zend_object* new_object = email_create(old_object->ce);
	metamta_email_message_object* copy = metamta_email_message_from_obj(new_object);

	zend_objects_clone_members(new_object, old_object);
	ZVAL_COPY(&copy->from, &old->from);
	ZVAL_COPY(&copy->reply_to, &old->reply_to);
	GC_TRY_ADDREF(old->to);
	copy->to = old->to;
	GC_TRY_ADDREF(old->cc);
	copy->cc = old->cc;
	GC_TRY_ADDREF(old->headers);
	copy->headers = old->headers;
	GC_TRY_ADDREF(old->attachments);
	copy->attachments = old->attachments;
	metamta_replace_string(&copy->subject, old->subject);
	metamta_replace_string(&copy->text_body, old->text_body);
	metamta_replace_string(&copy->html_body, old->html_body);
	return new_object;
}

static void gc_add_list(zend_get_gc_buffer* gc, zend_array* list)
{
	zval zv;

	if (!(GC_FLAGS(list) & IS_ARRAY_IMMUTABLE)) {
		ZVAL_ARR(&zv, list);
		zend_get_gc_buffer_add_zval(gc, &zv);
	}
}

static HashTable* email_get_gc(zend_object* object, zval** table, int* n)
{
	metamta_email_message_object* intern = metamta_email_message_from_obj(object);
	zend_get_gc_buffer* gc = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(gc, &intern->from);
	zend_get_gc_buffer_add_zval(gc, &intern->reply_to);
	gc_add_list(gc, intern->to);
	gc_add_list(gc, intern->cc);
	gc_add_list(gc, intern->headers);
	gc_add_list(gc, intern->attachments);
	zend_get_gc_buffer_use(gc, table, n);
	return NULL;
}

static HashTable* email_debug_info(zend_object* object, int* is_temp)
{
	metamta_email_message_object* intern = metamta_email_message_from_obj(object);
	HashTable* ht = zend_new_array(9);
	zval zv;

	debug_add_object(ht, "fromAddress", &intern->from);
	debug_add_object(ht, "replyToAddress", &intern->reply_to);
	array_to_zval(&zv, intern->to);
	zend_hash_str_update(ht, "toAddresses", sizeof("toAddresses") - 1, &zv);
	array_to_zval(&zv, intern->cc);
	zend_hash_str_update(ht, "ccAddresses", sizeof("ccAddresses") - 1, &zv);
	array_to_zval(&zv, intern->headers);
	zend_hash_str_update(ht, "headers", sizeof("headers") - 1, &zv);
	array_to_zval(&zv, intern->attachments);
	zend_hash_str_update(ht, "attachments", sizeof("attachments") - 1, &zv);
	metamta_debug_add_string(ht, "subject", intern->subject);
	metamta_debug_add_string(ht, "textBody", intern->text_body);
	metamta_debug_add_string(ht, "htmlBody", intern->html_body);
	*is_temp = 1;
	return ht;
}

#define EMAIL_THIS Z_METAMTA_EMAIL_MESSAGE_P(ZEND_THIS)

#define EMAIL_ADDRESS_ACCESSORS(setter, getter, field)                    \
	ZEND_METHOD(MetaMTA_EmailMessage, setter)                         \
	{                                                                 \
		zval* address;                                            \
		ZEND_PARSE_PARAMETERS_START(1, 1)                         \
		Z_PARAM_OBJECT_OF_CLASS(address, metamta_ce_EmailAddress) \
		ZEND_PARSE_PARAMETERS_END();                              \
		replace_object(&EMAIL_THIS->field, Z_OBJ_P(address));     \
		RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));                      \
	}                                                                 \
	ZEND_METHOD(MetaMTA_EmailMessage, getter)                         \
	{                                                                 \
		ZEND_PARSE_PARAMETERS_NONE();                             \
		return_object_or_null(return_value, &EMAIL_THIS->field);  \
	}

#define EMAIL_LIST_ACCESSORS(setter, getter, field, ce)         \
	ZEND_METHOD(MetaMTA_EmailMessage, setter)               \
	{                                                       \
		zend_array *given, *list;                       \
		ZEND_PARSE_PARAMETERS_START(1, 1)               \
		Z_PARAM_ARRAY_HT(given)                         \
		ZEND_PARSE_PARAMETERS_END();                    \
		list = checked_list(given, ce);                 \
		if (!list) {                                    \
			RETURN_THROWS();                        \
		}                                               \
		replace_list(&EMAIL_THIS->field, list);         \
		RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));            \
	}                                                       \
	ZEND_METHOD(MetaMTA_EmailMessage, getter)               \
	{                                                       \
		ZEND_PARSE_PARAMETERS_NONE();                   \
		array_to_zval(return_value, EMAIL_THIS->field); \
	}

/* what == NULL: no check (bodies); otherwise no CR, LF or NUL (subject). */
#define EMAIL_STRING_ACCESSORS(setter, getter, field, what)                           \
	ZEND_METHOD(MetaMTA_EmailMessage, setter)                                     \
	{                                                                             \
		zend_string* value;                                                   \
		const char* check = (what);                                           \
		ZEND_PARSE_PARAMETERS_START(1, 1)                                     \
		Z_PARAM_STR_OR_NULL(value)                                            \
		ZEND_PARSE_PARAMETERS_END();                                          \
		if (value && check && !metamta_check_header_material(value, check)) { \
			RETURN_THROWS();                                              \
		}                                                                     \
		metamta_replace_string(&EMAIL_THIS->field, value);                    \
		RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));                                  \
	}                                                                             \
	ZEND_METHOD(MetaMTA_EmailMessage, getter)                                     \
	{                                                                             \
		zend_string* value = EMAIL_THIS->field;                               \
		ZEND_PARSE_PARAMETERS_NONE();                                         \
		if (!value) {                                                         \
			RETURN_NULL();                                                \
		}                                                                     \
		RETURN_STR_COPY(value);                                               \
	}

EMAIL_ADDRESS_ACCESSORS(setFromAddress, getFromAddress, from)
EMAIL_ADDRESS_ACCESSORS(setReplyToAddress, getReplyToAddress, reply_to)
EMAIL_LIST_ACCESSORS(setToAddresses, getToAddresses, to, metamta_ce_EmailAddress)
EMAIL_LIST_ACCESSORS(setCCAddresses, getCCAddresses, cc, metamta_ce_EmailAddress)
EMAIL_LIST_ACCESSORS(setHeaders, getHeaders, headers, metamta_ce_MailHeader)
EMAIL_LIST_ACCESSORS(setAttachments, getAttachments, attachments, metamta_ce_MailAttachment)
EMAIL_STRING_ACCESSORS(setSubject, getSubject, subject, "Subject")
EMAIL_STRING_ACCESSORS(setTextBody, getTextBody, text_body, NULL)
EMAIL_STRING_ACCESSORS(setHTMLBody, getHTMLBody, html_body, NULL)

ZEND_METHOD(MetaMTA_EmailMessage, toRawMessage)
{
	bool with_message_id = false;
	metamta_email_view view;
	mm_mime_options opts;
	mm_error err;
	mm_buf raw;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(with_message_id)
	ZEND_PARSE_PARAMETERS_END();

	mm_error_clear(&err);
	mm_mime_options_init(&opts);
	/* The same options as SMTPAdapter::sendMessage(), so the bytes match what it sends. */
	opts.generate_message_id = with_message_id;
	mm_buf_init(&raw);
	metamta_email_view_init(&view, Z_OBJ_P(ZEND_THIS));
	ok = mm_mime_write_message(&view.email, &opts, &raw, &err);
	metamta_email_view_free(&view);
	if (ok && raw.failed) {
		ok = mm_error_set(&err, MM_ERROR_INTERNAL, 0, "Out of memory building the message.");
	}
	if (!ok) {
		mm_buf_free(&raw);
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	RETVAL_STRINGL(raw.data ? raw.data : "", raw.len);
	mm_buf_free(&raw);
}

/* ---- SMSMessage --------------------------------------------------------- */

static zend_object* sms_create(zend_class_entry* ce)
{
	metamta_sms_message_object* intern = zend_object_alloc(sizeof(metamta_sms_message_object), ce);

	ZVAL_UNDEF(&intern->to_number);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &sms_handlers;
	return &intern->std;
}

static void sms_free(zend_object* object)
{
	metamta_sms_message_object* intern = metamta_sms_message_from_obj(object);

	release_zval(&intern->to_number);
	metamta_replace_string(&intern->text_body, NULL);
	zend_object_std_dtor(object);
}

/* The phone number object is shared, as PHP's clone of the original does. */
static zend_object* sms_clone(zend_object* old_object)
{
	metamta_sms_message_object* old = metamta_sms_message_from_obj(old_object);
	zend_object* new_object = sms_create(old_object->ce);
	metamta_sms_message_object* copy = metamta_sms_message_from_obj(new_object);

	zend_objects_clone_members(new_object, old_object);
	ZVAL_COPY(&copy->to_number, &old->to_number);
	metamta_replace_string(&copy->text_body, old->text_body);
	return new_object;
}

static HashTable* sms_get_gc(zend_object* object, zval** table, int* n)
{
	*table = &metamta_sms_message_from_obj(object)->to_number;
	*n = 1;
	return NULL;
}

static HashTable* sms_debug_info(zend_object* object, int* is_temp)
{
	metamta_sms_message_object* intern = metamta_sms_message_from_obj(object);
	HashTable* ht = zend_new_array(2);

	debug_add_object(ht, "toNumber", &intern->to_number);
	metamta_debug_add_string(ht, "textBody", intern->text_body);
	*is_temp = 1;
	return ht;
}

#define SMS_THIS Z_METAMTA_SMS_MESSAGE_P(ZEND_THIS)

ZEND_METHOD(MetaMTA_SMSMessage, setToNumber)
{
	zval* number;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(number, metamta_ce_PhoneNumber)
	ZEND_PARSE_PARAMETERS_END();

	replace_object(&SMS_THIS->to_number, Z_OBJ_P(number));
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_SMSMessage, getToNumber)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_object_or_null(return_value, &SMS_THIS->to_number);
}

ZEND_METHOD(MetaMTA_SMSMessage, setTextBody)
{
	zend_string* body;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR_OR_NULL(body)
	ZEND_PARSE_PARAMETERS_END();

	metamta_replace_string(&SMS_THIS->text_body, body);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_SMSMessage, getTextBody)
{
	zend_string* body = SMS_THIS->text_body;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!body) {
		RETURN_NULL();
	}
	RETURN_STR_COPY(body);
}

/* ---- core views --------------------------------------------------------- */

/* An emalloc'd array of core addresses for a stored list (NULL when empty). */
static mm_address* addresses_view(zend_array* list, size_t* count)
{
	mm_address* out;
	zval* value;
	size_t i = 0;

	*count = zend_hash_num_elements(list);
	if (*count == 0) {
		return NULL;
	}
	out = safe_emalloc(*count, sizeof(mm_address), 0);
	ZEND_HASH_FOREACH_VAL(list, value) { metamta_address_to_core(Z_OBJ_P(value), &out[i++]); }
	ZEND_HASH_FOREACH_END();
	return out;
}

void metamta_email_view_init(metamta_email_view* view, zend_object* message)
{
	metamta_email_message_object* intern = metamta_email_message_from_obj(message);
	mm_email* email = &view->email;
	size_t count, i;
	zval* value;

	memset(view, 0, sizeof(*view));
	if (Z_TYPE(intern->from) == IS_OBJECT) {
		metamta_address_to_core(Z_OBJ(intern->from), &view->from);
		email->from = &view->from;
	}
	if (Z_TYPE(intern->reply_to) == IS_OBJECT) {
		metamta_address_to_core(Z_OBJ(intern->reply_to), &view->reply_to);
		email->reply_to = &view->reply_to;
	}
	view->to = addresses_view(intern->to, &email->to_count);
	email->to = view->to;
	view->cc = addresses_view(intern->cc, &email->cc_count);
	email->cc = view->cc;

	count = zend_hash_num_elements(intern->headers);
	if (count) {
		view->headers = safe_emalloc(count, sizeof(mm_header), 0);
		i = 0;
		ZEND_HASH_FOREACH_VAL(intern->headers, value)
		{
			metamta_header_object* header = Z_METAMTA_HEADER_P(value);
			view->headers[i].name = metamta_str_view(header->name);
			view->headers[i].value = metamta_str_view(header->value);
			i++;
		}
		ZEND_HASH_FOREACH_END();
	}
	email->headers = view->headers;
	email->header_count = count;

	count = zend_hash_num_elements(intern->attachments);
	if (count) {
		view->attachments = safe_emalloc(count, sizeof(mm_attachment), 0);
		i = 0;
		ZEND_HASH_FOREACH_VAL(intern->attachments, value)
		{
			metamta_attachment_object* attachment = Z_METAMTA_ATTACHMENT_P(value);
			view->attachments[i].data = metamta_str_view(attachment->data);
			view->attachments[i].filename = metamta_str_view(attachment->filename);
			view->attachments[i].mime_type = metamta_str_view(attachment->mime_type);
			view->attachments[i].content_id = metamta_str_view(attachment->content_id);
			view->attachments[i].is_inline = attachment->is_inline;
			i++;
		}
		ZEND_HASH_FOREACH_END();
	}
	email->attachments = view->attachments;
	email->attachment_count = count;

	email->subject = metamta_str_view(intern->subject);
	email->text_body = metamta_str_view(intern->text_body);
	email->html_body = metamta_str_view(intern->html_body);
}

void metamta_email_view_free(metamta_email_view* view)
{
	if (view->to) {
		efree(view->to);
	}
	if (view->cc) {
		efree(view->cc);
	}
	if (view->headers) {
		efree(view->headers);
	}
	if (view->attachments) {
		efree(view->attachments);
	}
	memset(view, 0, sizeof(*view));
}

void metamta_sms_to_core(zend_object* message, mm_sms* out)
{
	metamta_sms_message_object* intern = metamta_sms_message_from_obj(message);

	out->to_e164.ptr = NULL;
	out->to_e164.len = 0;
	if (Z_TYPE(intern->to_number) == IS_OBJECT) {
		out->to_e164 = metamta_str_view(Z_METAMTA_PHONE_P(&intern->to_number)->e164);
	}
	out->text_body = metamta_str_view(intern->text_body);
}

/* ---- registration ------------------------------------------------------- */

void metamta_minit_message(void)
{
	metamta_ce_ExternalMessage = register_class_MetaMTA_ExternalMessage();

	metamta_ce_EmailMessage = register_class_MetaMTA_EmailMessage(metamta_ce_ExternalMessage);
	metamta_ce_EmailMessage->create_object = email_create;
	metamta_value_handlers_init(
	    &email_handlers, XtOffsetOf(metamta_email_message_object, std), email_free, email_clone, email_debug_info);
	email_handlers.get_gc = email_get_gc;
	/* The fields live outside the property table, so the default == would call every pair equal. */
	email_handlers.compare = zend_objects_not_comparable;

	metamta_ce_SMSMessage = register_class_MetaMTA_SMSMessage(metamta_ce_ExternalMessage);
	metamta_ce_SMSMessage->create_object = sms_create;
	metamta_value_handlers_init(
	    &sms_handlers, XtOffsetOf(metamta_sms_message_object, std), sms_free, sms_clone, sms_debug_info);
	sms_handlers.get_gc = sms_get_gc;
	sms_handlers.compare = zend_objects_not_comparable;
}
