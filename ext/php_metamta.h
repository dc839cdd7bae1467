/* Declarations shared by the ext/ files: module globals, class entries,
 * object structs with their fetch helpers, and each family's MINIT hook. */
#ifndef PHP_METAMTA_H
#define PHP_METAMTA_H

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_metamta_compat.h"
#include "zend_attributes.h" /* arginfo marks secret parameters #[\SensitiveParameter] */

#include "mm_error.h"
#include "message.h"
#include "cidr.h"

extern zend_module_entry metamta_module_entry;
#define phpext_metamta_ptr &metamta_module_entry

#define PHP_METAMTA_VERSION "0.1.0"

typedef struct mm_http_pool mm_http_pool;

ZEND_BEGIN_MODULE_GLOBALS(metamta)
	char* cainfo;
	mm_http_pool* http_pool; /* this thread's connections; created lazily */
	/* metamta.batch_threshold: messages for one mailer in one sendAll() from
	 * which its batch endpoint (Postmark) is used; 0 (the default) = never,
	 * so each message gets exactly the answer send() would. */
	zend_long batch_threshold;
	/* Userland adapter classes (type => zend_class_entry*), registered per
	 * request by MailAdapter::registerAdapterClass(); NULL until the first. */
	HashTable* adapter_registry;
	bool phabricator_aliases; /* metamta.phabricator_aliases, read in MINIT */
ZEND_END_MODULE_GLOBALS(metamta)

ZEND_EXTERN_MODULE_GLOBALS(metamta)
#define METAMTA_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(metamta, v)

#if defined(ZTS) && defined(COMPILE_DL_METAMTA)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

/* ---- class entries ------------------------------------------------------ */

extern zend_class_entry* metamta_ce_Exception;
extern zend_class_entry* metamta_ce_InvalidArgumentException;
extern zend_class_entry* metamta_ce_RuntimeException;
extern zend_class_entry* metamta_ce_TransportException;
extern zend_class_entry* metamta_ce_ProviderException;
extern zend_class_entry* metamta_ce_PermanentFailureException;
extern zend_class_entry* metamta_ce_AggregateException;

extern zend_class_entry* metamta_ce_EmailAddress;
extern zend_class_entry* metamta_ce_PhoneNumber;
extern zend_class_entry* metamta_ce_MailHeader;
extern zend_class_entry* metamta_ce_MailAttachment;
extern zend_class_entry* metamta_ce_ExternalMessage;
extern zend_class_entry* metamta_ce_EmailMessage;
extern zend_class_entry* metamta_ce_SMSMessage;

extern zend_class_entry* metamta_ce_IPAddress;
extern zend_class_entry* metamta_ce_CIDRBlock;
extern zend_class_entry* metamta_ce_CIDRList;

extern zend_class_entry* metamta_ce_MailAdapter;
extern zend_class_entry* metamta_ce_TestAdapter;
extern zend_class_entry* metamta_ce_PostmarkAdapter;
extern zend_class_entry* metamta_ce_MailgunAdapter;
extern zend_class_entry* metamta_ce_SendGridAdapter;
extern zend_class_entry* metamta_ce_TwilioAdapter;
extern zend_class_entry* metamta_ce_SendmailAdapter;
extern zend_class_entry* metamta_ce_AmazonSESAdapter;
extern zend_class_entry* metamta_ce_AmazonSNSAdapter;

extern zend_class_entry* metamta_ce_MailerList;
extern zend_class_entry* metamta_ce_SendResult;
extern zend_class_entry* metamta_ce_SMTPAdapter;

/* ---- MINIT hooks, one per family (called from ext/metamta.c) ------------ */

void metamta_minit_exceptions(void);
void metamta_minit_address(void);
void metamta_minit_phone(void);
void metamta_minit_message_parts(void);
void metamta_minit_message(void);
void metamta_minit_cidr(void);
void metamta_minit_adapter(void);
void metamta_minit_adapter_test(void);
void metamta_minit_adapter_postmark(void);
void metamta_minit_adapter_mailgun(void);
void metamta_minit_adapter_sendgrid(void);
void metamta_minit_adapter_twilio(void);
void metamta_minit_adapter_sendmail(void);
void metamta_minit_adapter_ses(void);
void metamta_minit_adapter_sns(void);
void metamta_minit_mailer_list(void);
void metamta_minit_send_result(void);
/* Registers the original's class names for the classes that exist; called
 * last in MINIT when metamta.phabricator_aliases is on (ext/aliases.c). */
void metamta_register_phabricator_aliases(void);
void metamta_minit_adapter_smtp(void);

/* Request shutdown hooks (called from ext/metamta.c). */
void metamta_rshutdown_adapter(void);

/* ---- exceptions (ext/exceptions.c) --------------------------------------- */

/* Throws the exception class for err's domain, with its message and, for
 * provider and transport errors, the extra properties. */
void metamta_throw_error(const mm_error* err);
/* Throws MetaMTA\InvalidArgumentException with a printf-style message. */
void metamta_throw_invalid(const char* format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

/* A new AggregateException (not thrown) listing exceptions, a map of mailer
 * key => exception object in the order the mailers were tried. */
zend_object* metamta_aggregate_exception_new(HashTable* exceptions);

/* ---- HTTP (ext/http.c) -------------------------------------------------- */

/* This thread's pool, created on first use and replaced after a fork; the
 * send helpers are in ext/metamta_http.h. */
mm_http_pool* metamta_http_pool(void);
void metamta_http_pool_shutdown(void);

/* ---- object structs: ext fields first, std last ------------------------ */

/* EmailAddress. NULL means PHP null. */
typedef struct {
	zend_string* display_name;
	zend_string* local_part;
	zend_string* domain_name;
	zend_object std;
} metamta_address_object;

/* PhoneNumber: the normalized "+digits" form. */
typedef struct {
	zend_string* e164;
	zend_object std;
} metamta_phone_object;

/* MailHeader. NULL means PHP null. */
typedef struct {
	zend_string* name;
	zend_string* value;
	zend_object std;
} metamta_header_object;

/* MailAttachment. */
typedef struct {
	zend_string* data;
	zend_string* filename;
	zend_string* mime_type;
	zend_string* content_id; /* NULL: none; without the angle brackets */
	bool is_inline;          /* shown in the body rather than listed as a file */
	zend_object std;
} metamta_attachment_object;

/* EmailMessage. Objects are kept as given (getters return the same
 * instances, as the original does); strings NULL means PHP null. */
typedef struct {
	zval from;      /* EmailAddress or IS_UNDEF */
	zval reply_to;  /* EmailAddress or IS_UNDEF */
	zend_array* to; /* list of EmailAddress, keys as given */
	zend_array* cc;
	zend_array* headers;     /* list of MailHeader */
	zend_array* attachments; /* list of MailAttachment */
	zend_string* subject;
	zend_string* text_body;
	zend_string* html_body;
	zend_object std;
} metamta_email_message_object;

/* SMSMessage. */
typedef struct {
	zval to_number; /* PhoneNumber or IS_UNDEF */
	zend_string* text_body;
	zend_object std;
} metamta_sms_message_object;

/* MailAdapter: the base state every adapter has. Built-in adapters embed it
 * as their last member (so std stays last) and add their own fields before. */
typedef struct {
	zval key;      /* string or null */
	zval priority; /* int or null */
	zval media;    /* array or null */
	zend_array* options;
	bool supports_inbound;
	bool supports_outbound;
	zend_object std;
} metamta_adapter_object;

/* ---- adapter base (ext/adapter.c) -------------------------------------- */

/* For built-in adapters, which embed metamta_adapter_object as their last
 * member "base": their create_object allocates the outer struct with
 * zend_object_alloc, calls metamta_adapter_base_init(&o->base, ce) and sets
 * o->base.std.handlers; their free_obj releases their own fields, then calls
 * metamta_adapter_base_free(&o->base). */
void metamta_adapter_base_init(metamta_adapter_object* base, zend_class_entry* ce);
/* Releases the base fields and destroys the zend_object. */
void metamta_adapter_base_free(metamta_adapter_object* base);
/* Fills a handler table for an adapter whose std sits at offset: not
 * clonable, not comparable, the base var_dump and GC handlers. The caller
 * then sets free_obj (and get_gc/get_debug_info if it holds more). */
void metamta_adapter_handlers_init(zend_object_handlers* handlers, size_t offset);
/* The base var_dump array (type, key, priority, media, flags, options with
 * secrets redacted, declared properties); callers may add to it. */
HashTable* metamta_adapter_debug_info(zend_object* object);
/* get_gc for an adapter that also holds extra_count zvals of its own. */
HashTable* metamta_adapter_get_gc_ex(zend_object* object, zval* extra, size_t extra_count, zval** table, int* n);

/* ---- conversions to the core (ext/address.c, ext/message.c) ------------ */

/* A borrowed core view of a PHP string; NULL (PHP null) gives an absent view. */
static inline mm_str metamta_str_view(const zend_string* s)
{
	mm_str v;

	v.ptr = s ? ZSTR_VAL(s) : NULL;
	v.len = s ? ZSTR_LEN(s) : 0;
	return v;
}

/* Borrowed core view of an EmailAddress object (valid while it lives). */
void metamta_address_to_core(zend_object* address, mm_address* out);
/* The string form (__toString) of an EmailAddress object. */
zend_string* metamta_address_string_form(zend_object* address);

/* A core view of an EmailMessage: borrowed strings, arrays allocated with
 * emalloc. Valid while the message is not modified; free with
 * metamta_email_view_free(). */
typedef struct {
	mm_email email;
	mm_address from;
	mm_address reply_to;
	mm_address* to;
	mm_address* cc;
	mm_header* headers;
	mm_attachment* attachments;
} metamta_email_view;

void metamta_email_view_init(metamta_email_view* view, zend_object* message);
void metamta_email_view_free(metamta_email_view* view);

/* ---- IP addresses and CIDR (ext/cidr.c) ---------------------------------- */

/* IPAddress, CIDRBlock and CIDRList keep the core's binary values. */
typedef struct {
	mm_ip ip;
	zend_object std;
} metamta_ip_object;

typedef struct {
	mm_cidr_block block;
	zend_object std;
} metamta_cidr_block_object;

typedef struct {
	mm_cidr_list* list; /* NULL reads as empty */
	zend_object std;
} metamta_cidr_list_object;

/* For adapters: blocks is an array of block strings or CIDRBlock objects (an
 * option such as Postmark's inbound-addresses). Both throw
 * MetaMTA\InvalidArgumentException at the first bad element or a bad
 * address and then return false. */
bool metamta_cidr_list_validate(HashTable* blocks);
bool metamta_cidr_list_contains_address(HashTable* blocks, zend_string* address, bool* result);
/* A borrowed core view of an SMSMessage (valid while the message is not
 * modified): the recipient's E.164 form (absent when unset) and the text. */
void metamta_sms_to_core(zend_object* message, mm_sms* out);

/* ---- helpers shared by the value-object files ------------------------- */

/* Throws InvalidArgumentException and returns false when value holds CR, LF
 * or NUL; `what` names the field ("Subject", "Header value", ...). */
bool metamta_check_header_material(const zend_string* value, const char* what);

/* Stores value (NULL = PHP null) in *slot, releasing what was there. */
static inline void metamta_replace_string(zend_string** slot, zend_string* value)
{
	if (value) {
		zend_string_addref(value);
	}
	if (*slot) {
		zend_string_release(*slot);
	}
	*slot = value;
}

/* Fills a value object's handler table: std handlers with its offset, free,
 * deep clone and var_dump view (a NULL clone_obj makes it uncloneable). */
static inline void metamta_value_handlers_init(zend_object_handlers* handlers, int offset,
    zend_object_free_obj_t free_obj, zend_object_clone_obj_t clone_obj, zend_object_get_debug_info_t debug_info)
{
	memcpy(handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	handlers->offset = offset;
	handlers->free_obj = free_obj;
	handlers->clone_obj = clone_obj;
	handlers->get_debug_info = debug_info;
}

/* Adds value (NULL = PHP null) under key to a var_dump array. */
static inline void metamta_debug_add_string(HashTable* ht, const char* key, zend_string* value)
{
	zval zv;

	if (value) {
		ZVAL_STR_COPY(&zv, value);
	} else {
		ZVAL_NULL(&zv);
	}
	zend_hash_str_update(ht, key, strlen(key), &zv);
}

#define METAMTA_FETCH(type, obj) ((type*)((char*)(obj)-XtOffsetOf(type, std)))

static inline metamta_address_object* metamta_address_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_address_object, obj);
}
static inline metamta_phone_object* metamta_phone_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_phone_object, obj);
}
static inline metamta_header_object* metamta_header_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_header_object, obj);
}
static inline metamta_attachment_object* metamta_attachment_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_attachment_object, obj);
}
static inline metamta_email_message_object* metamta_email_message_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_email_message_object, obj);
}
static inline metamta_sms_message_object* metamta_sms_message_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_sms_message_object, obj);
}
static inline metamta_adapter_object* metamta_adapter_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_adapter_object, obj);
}

static inline metamta_ip_object* metamta_ip_from_obj(zend_object* obj) { return METAMTA_FETCH(metamta_ip_object, obj); }
static inline metamta_cidr_block_object* metamta_cidr_block_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_cidr_block_object, obj);
}
static inline metamta_cidr_list_object* metamta_cidr_list_from_obj(zend_object* obj)
{
	return METAMTA_FETCH(metamta_cidr_list_object, obj);
}

#define Z_METAMTA_ADDRESS_P(zv) metamta_address_from_obj(Z_OBJ_P(zv))
#define Z_METAMTA_PHONE_P(zv) metamta_phone_from_obj(Z_OBJ_P(zv))
#define Z_METAMTA_HEADER_P(zv) metamta_header_from_obj(Z_OBJ_P(zv))
#define Z_METAMTA_ATTACHMENT_P(zv) metamta_attachment_from_obj(Z_OBJ_P(zv))
#define Z_METAMTA_EMAIL_MESSAGE_P(zv) metamta_email_message_from_obj(Z_OBJ_P(zv))
#define Z_METAMTA_SMS_MESSAGE_P(zv) metamta_sms_message_from_obj(Z_OBJ_P(zv))
#define Z_METAMTA_ADAPTER_P(zv) metamta_adapter_from_obj(Z_OBJ_P(zv))
#define Z_METAMTA_IP_P(zv) metamta_ip_from_obj(Z_OBJ_P(zv))
#define Z_METAMTA_CIDR_BLOCK_P(zv) metamta_cidr_block_from_obj(Z_OBJ_P(zv))
#define Z_METAMTA_CIDR_LIST_P(zv) metamta_cidr_list_from_obj(Z_OBJ_P(zv))

#endif
