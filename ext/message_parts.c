/* MetaMTA\MailHeader and MetaMTA\MailAttachment: the parts of an email
 * beside its addresses. Stricter than the original: header material is
 * checked for CR, LF and NUL when it is set, not when it is sent. */
#include "php_metamta.h"

#include "text.h"

#include "message_parts_arginfo.h"

zend_class_entry* metamta_ce_MailHeader;
zend_class_entry* metamta_ce_MailAttachment;
static zend_object_handlers header_handlers;
static zend_object_handlers attachment_handlers;

bool metamta_check_header_material(const zend_string* value, const char* what)
{
	mm_error err;

	mm_error_clear(&err);
	if (!mm_text_check_header_material(ZSTR_VAL(value), ZSTR_LEN(value), what, &err)) {
		metamta_throw_error(&err);
		return false;
	}
	return true;
}

/* ---- MailHeader --------------------------------------------------------- */

static zend_object* header_create(zend_class_entry* ce)
{
	metamta_header_object* intern = zend_object_alloc(sizeof(metamta_header_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &header_handlers;
	return &intern->std;
}

static void header_free(zend_object* object)
{
	metamta_header_object* intern = metamta_header_from_obj(object);

	metamta_replace_string(&intern->name, NULL);
	metamta_replace_string(&intern->value, NULL);
	zend_object_std_dtor(object);
}

static zend_object* header_clone(zend_object* old_object)
{
	metamta_header_object* old = metamta_header_from_obj(old_object);
	zend_object* new_object = header_create(old_object->ce);
	metamta_header_object* copy = metamta_header_from_obj(new_object);

	zend_objects_clone_members(new_object, old_object);
	metamta_replace_string(&copy->name, old->name);
	metamta_replace_string(&copy->value, old->value);
	return new_object;
}

static HashTable* header_debug_info(zend_object* object, int* is_temp)
{
	metamta_header_object* intern = metamta_header_from_obj(object);
	HashTable* ht = zend_new_array(2);

	metamta_debug_add_string(ht, "name", intern->name);
	metamta_debug_add_string(ht, "value", intern->value);
	*is_temp = 1;
	return ht;
}

static bool header_set_name(metamta_header_object* intern, zend_string* name)
{
	mm_error err;

	mm_error_clear(&err);
	if (!mm_text_check_header_name(ZSTR_VAL(name), ZSTR_LEN(name), &err)) {
		metamta_throw_error(&err);
		return false;
	}
	metamta_replace_string(&intern->name, name);
	return true;
}

static bool header_set_value(metamta_header_object* intern, zend_string* value)
{
	if (!metamta_check_header_material(value, "Header value")) {
		return false;
	}
	metamta_replace_string(&intern->value, value);
	return true;
}

ZEND_METHOD(MetaMTA_MailHeader, __construct)
{
	metamta_header_object* intern = Z_METAMTA_HEADER_P(ZEND_THIS);
	zend_string* name = NULL;
	zend_string* value = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 2)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(name)
	Z_PARAM_STR_OR_NULL(value)
	ZEND_PARSE_PARAMETERS_END();

	if ((name && !header_set_name(intern, name)) || (value && !header_set_value(intern, value))) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(MetaMTA_MailHeader, setName)
{
	zend_string* name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	if (!header_set_name(Z_METAMTA_HEADER_P(ZEND_THIS), name)) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailHeader, getName)
{
	zend_string* name = Z_METAMTA_HEADER_P(ZEND_THIS)->name;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!name) {
		RETURN_NULL();
	}
	RETURN_STR_COPY(name);
}

ZEND_METHOD(MetaMTA_MailHeader, setValue)
{
	zend_string* value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();

	if (!header_set_value(Z_METAMTA_HEADER_P(ZEND_THIS), value)) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailHeader, getValue)
{
	zend_string* value = Z_METAMTA_HEADER_P(ZEND_THIS)->value;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!value) {
		RETURN_NULL();
	}
	RETURN_STR_COPY(value);
}

/* ---- MailAttachment ----------------------------------------------------- */

static zend_object* attachment_create(zend_class_entry* ce)
{
	metamta_attachment_object* intern = zend_object_alloc(sizeof(metamta_attachment_object), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &attachment_handlers;
	return &intern->std;
}

static void attachment_free(zend_object* object)
{
	metamta_attachment_object* intern = metamta_attachment_from_obj(object);

	metamta_replace_string(&intern->data, NULL);
	metamta_replace_string(&intern->filename, NULL);
	metamta_replace_string(&intern->mime_type, NULL);
	metamta_replace_string(&intern->content_id, NULL);
	zend_object_std_dtor(object);
}

static zend_object* attachment_clone(zend_object* old_object)
{
	metamta_attachment_object* old = metamta_attachment_from_obj(old_object);
	zend_object* new_object = attachment_create(old_object->ce);
	metamta_attachment_object* copy = metamta_attachment_from_obj(new_object);

	zend_objects_clone_members(new_object, old_object);
	metamta_replace_string(&copy->data, old->data);
	metamta_replace_string(&copy->filename, old->filename);
	metamta_replace_string(&copy->mime_type, old->mime_type);
	metamta_replace_string(&copy->content_id, old->content_id);
	copy->is_inline = old->is_inline;
	return new_object;
}

static HashTable* attachment_debug_info(zend_object* object, int* is_temp)
{
	metamta_attachment_object* intern = metamta_attachment_from_obj(object);
	HashTable* ht = zend_new_array(5);
	zval inline_flag;

	metamta_debug_add_string(ht, "data", intern->data);
	metamta_debug_add_string(ht, "filename", intern->filename);
	metamta_debug_add_string(ht, "mimetype", intern->mime_type);
	metamta_debug_add_string(ht, "contentID", intern->content_id);
	ZVAL_BOOL(&inline_flag, intern->is_inline);
	zend_hash_str_update(ht, "inline", sizeof("inline") - 1, &inline_flag);
	*is_temp = 1;
	return ht;
}

static bool attachment_set_filename(metamta_attachment_object* intern, zend_string* filename)
{
	if (!metamta_check_header_material(filename, "Attachment filename")) {
		return false;
	}
	metamta_replace_string(&intern->filename, filename);
	return true;
}

static bool attachment_set_mime_type(metamta_attachment_object* intern, zend_string* mime_type)
{
	if (ZSTR_LEN(mime_type) == 0) {
		metamta_throw_invalid("Attachment MIME type must not be empty");
		return false;
	}
	if (!metamta_check_header_material(mime_type, "Attachment MIME type")) {
		return false;
	}
	metamta_replace_string(&intern->mime_type, mime_type);
	return true;
}

ZEND_METHOD(MetaMTA_MailAttachment, __construct)
{
	metamta_attachment_object* intern = Z_METAMTA_ATTACHMENT_P(ZEND_THIS);
	zend_string *data, *filename, *mime_type;

	ZEND_PARSE_PARAMETERS_START(3, 3)
	Z_PARAM_STR(data)
	Z_PARAM_STR(filename)
	Z_PARAM_STR(mime_type)
	ZEND_PARSE_PARAMETERS_END();

	if (!attachment_set_filename(intern, filename) || !attachment_set_mime_type(intern, mime_type)) {
		RETURN_THROWS();
	}
	metamta_replace_string(&intern->data, data);
}

/* An attachment whose constructor never ran reads as "" rather than null, matching the string return types. */
static void return_string_or_empty(zval* return_value, zend_string* value)
{
	if (!value) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR_COPY(value);
}

ZEND_METHOD(MetaMTA_MailAttachment, getData)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_string_or_empty(return_value, Z_METAMTA_ATTACHMENT_P(ZEND_THIS)->data);
}

ZEND_METHOD(MetaMTA_MailAttachment, setData)
{
	zend_string* data;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	metamta_replace_string(&Z_METAMTA_ATTACHMENT_P(ZEND_THIS)->data, data);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailAttachment, getFilename)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_string_or_empty(return_value, Z_METAMTA_ATTACHMENT_P(ZEND_THIS)->filename);
}

ZEND_METHOD(MetaMTA_MailAttachment, setFilename)
{
	zend_string* filename;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(filename)
	ZEND_PARSE_PARAMETERS_END();

	if (!attachment_set_filename(Z_METAMTA_ATTACHMENT_P(ZEND_THIS), filename)) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailAttachment, getMimeType)
{
	ZEND_PARSE_PARAMETERS_NONE();
	return_string_or_empty(return_value, Z_METAMTA_ATTACHMENT_P(ZEND_THIS)->mime_type);
}

ZEND_METHOD(MetaMTA_MailAttachment, setMimeType)
{
	zend_string* mime_type;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(mime_type)
	ZEND_PARSE_PARAMETERS_END();

	if (!attachment_set_mime_type(Z_METAMTA_ATTACHMENT_P(ZEND_THIS), mime_type)) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

/* RFC 2392 ids: dot-atom text with one '@' allowed anywhere, so that
 * "logo", "logo.png" and "part1.x@example.org" all pass and nothing that
 * could end the header or the angle brackets does. */
static bool content_id_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    (c && strchr("!#$%&'*+-/=?^_`{|}~.@", c) != NULL);
}

ZEND_METHOD(MetaMTA_MailAttachment, getContentID)
{
	metamta_attachment_object* intern = Z_METAMTA_ATTACHMENT_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (!intern->content_id) {
		RETURN_NULL();
	}
	RETURN_STR_COPY(intern->content_id);
}

ZEND_METHOD(MetaMTA_MailAttachment, setContentID)
{
	metamta_attachment_object* intern = Z_METAMTA_ATTACHMENT_P(ZEND_THIS);
	zend_string* content_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR_OR_NULL(content_id)
	ZEND_PARSE_PARAMETERS_END();

	if (content_id) {
		size_t i, len = ZSTR_LEN(content_id);

		if (len == 0 || len > 250) {
			metamta_throw_invalid("Attachment Content-ID must be 1 to 250 characters, %zu given", len);
			RETURN_THROWS();
		}
		for (i = 0; i < len; i++) {
			if (!content_id_char((unsigned char)ZSTR_VAL(content_id)[i])) {
				metamta_throw_invalid(
				    "Attachment Content-ID may hold only letters, digits and "
				    "!#$%%&'*+-/=?^_`{|}~.@ (no angle brackets), byte 0x%02X at offset %zu given",
				    (unsigned char)ZSTR_VAL(content_id)[i], i);
				RETURN_THROWS();
			}
		}
		intern->is_inline = true;
	}
	metamta_replace_string(&intern->content_id, content_id);
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(MetaMTA_MailAttachment, isInline)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_METAMTA_ATTACHMENT_P(ZEND_THIS)->is_inline);
}

ZEND_METHOD(MetaMTA_MailAttachment, setInline)
{
	bool is_inline = true;

	ZEND_PARSE_PARAMETERS_START(0, 1)
	Z_PARAM_OPTIONAL
	Z_PARAM_BOOL(is_inline)
	ZEND_PARSE_PARAMETERS_END();

	Z_METAMTA_ATTACHMENT_P(ZEND_THIS)->is_inline = is_inline;
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

void metamta_minit_message_parts(void)
{
	metamta_ce_MailHeader = register_class_MetaMTA_MailHeader();
	metamta_ce_MailHeader->create_object = header_create;
	metamta_value_handlers_init(
	    &header_handlers, XtOffsetOf(metamta_header_object, std), header_free, header_clone, header_debug_info);

	metamta_ce_MailAttachment = register_class_MetaMTA_MailAttachment();
	metamta_ce_MailAttachment->create_object = attachment_create;
	metamta_value_handlers_init(&attachment_handlers, XtOffsetOf(metamta_attachment_object, std), attachment_free,
	    attachment_clone, attachment_debug_info);
}
