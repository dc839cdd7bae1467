/* MetaMTA\SMTPAdapter (spec/adapters.md §4.7). The raw message and the
 * envelope come from the MIME writer (src/mime.c), the conversation from
 * src/transport_smtp.c; each adapter object owns one SMTP session, so
 * consecutive sends through it reuse one server connection. Differences from
 * the original: an unknown `protocol` is rejected instead of meaning plain
 * text, every host of a ';' list is tried in order, and every recipient must
 * be accepted or nothing is sent. */
#include "adapter_http.h"
#include "options.h"

#include "zend_exceptions.h"

#include "mime.h"
#include "message_id.h"
#include "transport_smtp.h"

#include "adapter_smtp_arginfo.h"

zend_class_entry* metamta_ce_SMTPAdapter;

/* PHPMailer's sender when a message has no From (spec/adapters.md §4.7). */
#define SMTP_DEFAULT_SENDER "root@localhost"
#define SMTP_DEFAULT_TIMEOUT 60
#define SMTP_MAX_TIMEOUT 3600

typedef struct {
	mm_smtp_session* session;    /* created on the first send */
	metamta_adapter_object base; /* last: its std must end the struct */
} metamta_smtp_adapter_object;

static zend_object_handlers smtp_adapter_handlers;

static const metamta_option_spec smtp_options[] = {
	{ "host", "string|null" },
	{ "port", "int" },
	{ "user", "string|null" },
	{ "password", "string|null" },
	{ "protocol", "string|null" },
	{ "message-id", "bool|null" },
	{ "timeout", "int" },
};

static inline metamta_smtp_adapter_object* smtp_adapter_from_obj(zend_object* object)
{
	return (metamta_smtp_adapter_object*)((char*)object - XtOffsetOf(metamta_smtp_adapter_object, base.std));
}

static zend_object* smtp_adapter_create(zend_class_entry* ce)
{
	metamta_smtp_adapter_object* intern = zend_object_alloc(sizeof(metamta_smtp_adapter_object), ce);

	intern->session = NULL;
	metamta_adapter_base_init(&intern->base, ce);
	intern->base.std.handlers = &smtp_adapter_handlers;
	return &intern->base.std;
}

static void smtp_adapter_free(zend_object* object)
{
	metamta_smtp_adapter_object* intern = smtp_adapter_from_obj(object);

	/* Says QUIT on a live connection; does nothing in a forked child. */
	mm_smtp_session_free(intern->session);
	intern->session = NULL;
	metamta_adapter_base_free(&intern->base);
}

static zval* find_option(zend_object* adapter, const char* name)
{
	metamta_adapter_object* base = metamta_adapter_from_obj(adapter);

	return base->options ? zend_hash_str_find(base->options, name, strlen(name)) : NULL;
}

/* A string option as a C string: NULL when absent or null. Validation has
 * already refused NUL bytes, so the C string is the whole value. */
static const char* option_cstr(zend_object* adapter, const char* name)
{
	zval* value = find_option(adapter, name);

	return value && Z_TYPE_P(value) == IS_STRING ? Z_STRVAL_P(value) : NULL;
}

static bool smtp_supports_message_id(zend_object* adapter)
{
	zval* config = find_option(adapter, "message-id");
	zval* host = find_option(adapter, "host");
	mm_message_id_config c = MM_MESSAGE_ID_GUESS;

	if (config && Z_TYPE_P(config) == IS_TRUE) {
		c = MM_MESSAGE_ID_YES;
	} else if (config && Z_TYPE_P(config) == IS_FALSE) {
		c = MM_MESSAGE_ID_NO;
	}
	if (host && Z_TYPE_P(host) == IS_STRING) {
		return mm_message_id_supported(c, Z_STRVAL_P(host), Z_STRLEN_P(host));
	}
	return mm_message_id_supported(c, NULL, 0);
}

/* null and "" mean plain text, as in the original; "tls" and "ssl" in any case. */
static bool parse_protocol(zval* value, mm_smtp_protocol* out)
{
	if (!value || Z_TYPE_P(value) != IS_STRING || Z_STRLEN_P(value) == 0) {
		*out = MM_SMTP_PLAIN;
		return true;
	}
	if (zend_binary_strcasecmp(Z_STRVAL_P(value), Z_STRLEN_P(value), "tls", 3) == 0) {
		*out = MM_SMTP_STARTTLS;
		return true;
	}
	if (zend_binary_strcasecmp(Z_STRVAL_P(value), Z_STRLEN_P(value), "ssl", 3) == 0) {
		*out = MM_SMTP_IMPLICIT_TLS;
		return true;
	}
	return false;
}

static bool check_no_nul(HashTable* options, const char* name, bool secret)
{
	zval* value = zend_hash_str_find(options, name, strlen(name));
	char quoted[120];

	if (!value || Z_TYPE_P(value) != IS_STRING || strlen(Z_STRVAL_P(value)) == Z_STRLEN_P(value)) {
		return true;
	}
	if (secret) {
		metamta_throw_invalid("Option '%s' contains a NUL byte.", name);
	} else {
		mm_quote(quoted, sizeof(quoted), Z_STRVAL_P(value), Z_STRLEN_P(value));
		metamta_throw_invalid("Option '%s' contains a NUL byte: %s.", name, quoted);
	}
	return false;
}

ZEND_METHOD(MetaMTA_SMTPAdapter, getSupportedMessageTypes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_next_index_string(return_value, "email");
}

ZEND_METHOD(MetaMTA_SMTPAdapter, newDefaultOptions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_assoc_null(return_value, "host");
	add_assoc_long(return_value, "port", MM_SMTP_DEFAULT_PORT);
	add_assoc_null(return_value, "user");
	add_assoc_null(return_value, "password");
	add_assoc_null(return_value, "protocol");
	add_assoc_null(return_value, "message-id");
	add_assoc_long(return_value, "timeout", SMTP_DEFAULT_TIMEOUT);
}

ZEND_METHOD(MetaMTA_SMTPAdapter, validateOptions)
{
	HashTable* options;
	zval *host, *port, *protocol, *timeout;
	mm_smtp_protocol parsed;
	char quoted[120];
	mm_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_options_check(options, smtp_options, sizeof(smtp_options) / sizeof(smtp_options[0])) ||
	    !check_no_nul(options, "host", false) || !check_no_nul(options, "user", false) ||
	    !check_no_nul(options, "password", true)) {
		RETURN_THROWS();
	}
	port = zend_hash_str_find(options, "port", sizeof("port") - 1);
	if (Z_LVAL_P(port) < 1 || Z_LVAL_P(port) > 65535) {
		metamta_throw_invalid(
		    "Option 'port' must be between 1 and 65535, " ZEND_LONG_FMT " given.", Z_LVAL_P(port));
		RETURN_THROWS();
	}
	timeout = zend_hash_str_find(options, "timeout", sizeof("timeout") - 1);
	if (Z_LVAL_P(timeout) < 1 || Z_LVAL_P(timeout) > SMTP_MAX_TIMEOUT) {
		metamta_throw_invalid("Option 'timeout' must be between 1 and %d seconds, " ZEND_LONG_FMT " given.",
		    SMTP_MAX_TIMEOUT, Z_LVAL_P(timeout));
		RETURN_THROWS();
	}
	protocol = zend_hash_str_find(options, "protocol", sizeof("protocol") - 1);
	if (!parse_protocol(protocol, &parsed)) {
		/* The original silently sends in plain text here (a typo of "tls"). */
		mm_quote(quoted, sizeof(quoted), Z_STRVAL_P(protocol), Z_STRLEN_P(protocol));
		metamta_throw_invalid(
		    "Option 'protocol' must be null, \"\", \"tls\" (STARTTLS) or \"ssl\" (implicit TLS), "
		    "%s given.",
		    quoted);
		RETURN_THROWS();
	}
	/* A null host passes, as in the original; the send then fails. */
	host = zend_hash_str_find(options, "host", sizeof("host") - 1);
	mm_error_clear(&err);
	if (Z_TYPE_P(host) == IS_STRING && !mm_smtp_check_hosts(Z_STRVAL_P(host), &err)) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
}

ZEND_METHOD(MetaMTA_SMTPAdapter, supportsMessageIDHeader)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(smtp_supports_message_id(Z_OBJ_P(ZEND_THIS)));
}

/* The adapter's session, replaced when it was inherited through fork. */
static mm_smtp_session* smtp_session(metamta_smtp_adapter_object* intern)
{
	if (intern->session && !mm_smtp_session_usable(intern->session)) {
		/* The parent's socket: neither used nor freed here. */
		intern->session = NULL;
	}
	if (!intern->session) {
		intern->session = mm_smtp_session_new();
	}
	return intern->session;
}

/* Builds the raw message and the envelope; throws on bad content. */
static bool smtp_build(zend_object* adapter, zend_object* message, mm_buf* raw, mm_mime_envelope* env)
{
	metamta_email_view view;
	mm_mime_options mime;
	mm_error err;
	bool ok;

	mm_error_clear(&err);
	mm_mime_options_init(&mime);
	mime.generate_message_id = smtp_supports_message_id(adapter);
	metamta_email_view_init(&view, message);
	ok = mm_mime_write_message(&view.email, &mime, raw, &err) && mm_mime_envelope_build(&view.email, env, &err);
	metamta_email_view_free(&view);
	if (ok && raw->failed) {
		ok = mm_error_set(&err, MM_ERROR_INTERNAL, 0, "Out of memory building the message.");
	}
	if (!ok) {
		metamta_throw_error(&err);
	}
	return ok;
}

ZEND_METHOD(MetaMTA_SMTPAdapter, sendMessage)
{
	zval* message;
	zend_object* adapter = Z_OBJ_P(ZEND_THIS);
	metamta_smtp_adapter_object* intern = smtp_adapter_from_obj(adapter);
	mm_smtp_session* session;
	mm_mime_envelope env;
	mm_smtp_options opts;
	mm_buf raw;
	mm_error err;
	bool sent;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_http_adapter_require_email(adapter, message)) {
		RETURN_THROWS();
	}
	session = smtp_session(intern);
	if (!session) {
		zend_throw_exception(metamta_ce_RuntimeException, "Out of memory creating the SMTP session", 0);
		RETURN_THROWS();
	}
	mm_smtp_options_init(&opts);
	opts.host = option_cstr(adapter, "host");
	opts.port = (long)metamta_adapter_option_long(adapter, "port", MM_SMTP_DEFAULT_PORT);
	opts.user = option_cstr(adapter, "user");
	opts.password = option_cstr(adapter, "password");
	opts.cainfo = METAMTA_G(cainfo);
	opts.timeout_ms = (long)metamta_adapter_option_long(adapter, "timeout", SMTP_DEFAULT_TIMEOUT) * 1000;
	if (!parse_protocol(find_option(adapter, "protocol"), &opts.protocol)) {
		/* Only reachable when setOptions was never called with it. */
		opts.protocol = MM_SMTP_PLAIN;
	}

	memset(&env, 0, sizeof(env));
	mm_buf_init(&raw);
	if (!smtp_build(adapter, Z_OBJ_P(message), &raw, &env)) {
		mm_buf_free(&raw);
		mm_mime_envelope_free(&env);
		RETURN_THROWS();
	}
	mm_error_clear(&err);
	sent = mm_smtp_send(session, &opts, env.mail_from && env.mail_from[0] ? env.mail_from : SMTP_DEFAULT_SENDER,
	    (const char* const*)env.recipients, env.recipient_count, raw.data ? raw.data : "", raw.len, &err);
	mm_buf_free(&raw);
	mm_mime_envelope_free(&env);
	if (!sent) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
}

void metamta_minit_adapter_smtp(void)
{
	metamta_ce_SMTPAdapter = register_class_MetaMTA_SMTPAdapter(metamta_ce_MailAdapter);
	metamta_ce_SMTPAdapter->create_object = smtp_adapter_create;

	metamta_adapter_handlers_init(&smtp_adapter_handlers, XtOffsetOf(metamta_smtp_adapter_object, base.std));
	smtp_adapter_handlers.free_obj = smtp_adapter_free;
}
