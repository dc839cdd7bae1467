/* MetaMTA\SendmailAdapter (spec/adapters.md §4.8). The raw message comes
 * from src/mime.c, the child process is run by src/transport_sendmail.c;
 * this file reads the options and php.ini's sendmail_path. */
#include "adapter_http.h"
#include "options.h"

#include "mime.h"
#include "transport_sendmail.h"

#include "adapter_sendmail_arginfo.h"

zend_class_entry* metamta_ce_SendmailAdapter;

/* Seconds; the original waits forever, we default to a minute. */
#define SENDMAIL_DEFAULT_TIMEOUT 60
#define SENDMAIL_MAX_TIMEOUT 3600

static const metamta_option_spec sendmail_options[] = {
	{ "message-id", "bool|null" },
	{ "binary", "string|null" },
	{ "timeout", "int" },
};

static zval* find_option(zend_object* adapter, const char* name)
{
	HashTable* options = metamta_adapter_from_obj(adapter)->options;

	return options ? zend_hash_str_find_deref(options, name, strlen(name)) : NULL;
}

/* The host-guess rule of adapters.md §2.1 without a host: the option when
 * it is a bool, else true. */
static bool supports_message_id(zend_object* adapter)
{
	zval* value = find_option(adapter, "message-id");

	if (value && (Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE)) {
		return Z_TYPE_P(value) == IS_TRUE;
	}
	return true;
}

ZEND_METHOD(MetaMTA_SendmailAdapter, getSupportedMessageTypes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_next_index_string(return_value, "email");
}

ZEND_METHOD(MetaMTA_SendmailAdapter, supportsMessageIDHeader)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(supports_message_id(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(MetaMTA_SendmailAdapter, newDefaultOptions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_assoc_null(return_value, "message-id");
	add_assoc_null(return_value, "binary");
	add_assoc_long(return_value, "timeout", SENDMAIL_DEFAULT_TIMEOUT);
}

ZEND_METHOD(MetaMTA_SendmailAdapter, validateOptions)
{
	HashTable* options;
	zval *binary, *timeout;
	mm_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_options_check(options, sendmail_options, sizeof(sendmail_options) / sizeof(sendmail_options[0]))) {
		RETURN_THROWS();
	}
	binary = zend_hash_str_find_deref(options, "binary", sizeof("binary") - 1);
	mm_error_clear(&err);
	if (Z_TYPE_P(binary) == IS_STRING &&
	    !mm_sendmail_check_binary(Z_STRVAL_P(binary), Z_STRLEN_P(binary), "Option 'binary'", &err)) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	timeout = zend_hash_str_find_deref(options, "timeout", sizeof("timeout") - 1);
	if (Z_LVAL_P(timeout) < 1 || Z_LVAL_P(timeout) > SENDMAIL_MAX_TIMEOUT) {
		metamta_throw_invalid("Option 'timeout' must be between 1 and %d seconds, " ZEND_LONG_FMT " given",
		    SENDMAIL_MAX_TIMEOUT, Z_LVAL_P(timeout));
		RETURN_THROWS();
	}
}

/* The command: the binary option alone (borrowed into single[0], never
 * split, so its path may hold spaces), else php.ini's sendmail_path split
 * on spaces into cmd (core-owned). */
static bool resolve_command(
    zend_object* adapter, const char* single[1], mm_sendmail_command* cmd, mm_sendmail_config* config, mm_error* err)
{
	zval* binary = find_option(adapter, "binary");
	const char* path;

	if (binary && Z_TYPE_P(binary) == IS_STRING) {
		if (!mm_sendmail_check_binary(Z_STRVAL_P(binary), Z_STRLEN_P(binary), "Option 'binary'", err)) {
			return false;
		}
		single[0] = Z_STRVAL_P(binary);
		config->argv_prefix = single;
		config->argc_prefix = 1;
		return true;
	}
	path = zend_ini_string_ex("sendmail_path", sizeof("sendmail_path") - 1, 0, NULL);
	if (!mm_sendmail_command_parse(path ? path : "", path ? strlen(path) : 0, cmd, err)) {
		return false;
	}
	config->argv_prefix = (const char* const*)cmd->argv;
	config->argc_prefix = cmd->argc;
	return true;
}

ZEND_METHOD(MetaMTA_SendmailAdapter, sendMessage)
{
	zval* message;
	zend_object* adapter = Z_OBJ_P(ZEND_THIS);
	metamta_email_view view;
	mm_sendmail_command cmd = { NULL, 0 };
	mm_mime_envelope env;
	mm_mime_options opts;
	mm_sendmail_config config;
	const char* single[1];
	mm_buf raw;
	mm_error err;
	bool ok = false, have_env = false;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_http_adapter_require_email(adapter, message)) {
		RETURN_THROWS();
	}
	mm_error_clear(&err);
	mm_buf_init(&raw);
	memset(&env, 0, sizeof(env));
	if (!resolve_command(adapter, single, &cmd, &config, &err)) {
		goto done;
	}

	metamta_email_view_init(&view, Z_OBJ_P(message));
	mm_mime_options_init(&opts);
	opts.lf_line_endings = true;
	opts.generate_message_id = supports_message_id(adapter);
	/* The envelope first: a bad address must fail before anything runs. */
	have_env = mm_mime_envelope_build(&view.email, &env, &err);
	if (have_env && mm_mime_write_message(&view.email, &opts, &raw, &err)) {
		if (raw.failed) {
			mm_error_set(&err, MM_ERROR_INTERNAL, 0, "Out of memory while building the message");
		} else {
			config.timeout_ms =
			    (long)metamta_adapter_option_long(adapter, "timeout", SENDMAIL_DEFAULT_TIMEOUT) * 1000L;
			ok = mm_sendmail_send(&config, &env, raw.data ? raw.data : "", raw.len, NULL, &err);
		}
	}
	metamta_email_view_free(&view);

done:
	if (have_env) {
		mm_mime_envelope_free(&env);
	}
	mm_buf_free(&raw);
	mm_sendmail_command_free(&cmd);
	if (!ok) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
}

void metamta_minit_adapter_sendmail(void)
{
	metamta_ce_SendmailAdapter = register_class_MetaMTA_SendmailAdapter(metamta_ce_MailAdapter);
}
