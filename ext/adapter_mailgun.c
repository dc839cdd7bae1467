/* MetaMTA\MailgunAdapter (spec/adapters.md §4.2, §5.2). The multipart
 * request is built in src/provider_mailgun.c, the webhook check is
 * src/webhook_mailgun.c. */
#include "adapter_http.h"
#include "options.h"

#include "base_uri.h"
#include "provider_mailgun.h"
#include "webhook_mailgun.h"

#include "adapter_mailgun_arginfo.h"

zend_class_entry* metamta_ce_MailgunAdapter;

static const metamta_option_spec mailgun_options[] = {
	{ "api-key", "string" },
	{ "domain", "string" },
	{ "api-hostname", "string" },
	{ "webhook-signing-key", "string|null" },
	{ "base-uri", "string|null" },
	{ "timeout", "int" },
};

ZEND_METHOD(MetaMTA_MailgunAdapter, getSupportedMessageTypes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_next_index_string(return_value, "email");
}

ZEND_METHOD(MetaMTA_MailgunAdapter, supportsMessageIDHeader)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_TRUE;
}

ZEND_METHOD(MetaMTA_MailgunAdapter, newDefaultOptions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_assoc_null(return_value, "api-key");
	add_assoc_null(return_value, "domain");
	add_assoc_string(return_value, "api-hostname", "api.mailgun.net");
	add_assoc_null(return_value, "webhook-signing-key");
	metamta_http_adapter_add_default_options(return_value);
}

ZEND_METHOD(MetaMTA_MailgunAdapter, validateOptions)
{
	HashTable* options;
	zval *domain, *hostname;
	mm_base_uri uri;
	mm_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_options_check(options, mailgun_options, sizeof(mailgun_options) / sizeof(mailgun_options[0])) ||
	    !metamta_http_adapter_check_options(options)) {
		RETURN_THROWS();
	}
	/* Both are spliced into the URL: validated here, never trusted. */
	mm_error_clear(&err);
	domain = zend_hash_str_find(options, "domain", sizeof("domain") - 1);
	if (!mm_mailgun_check_domain(Z_STRVAL_P(domain), Z_STRLEN_P(domain), &err)) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	hostname = zend_hash_str_find(options, "api-hostname", sizeof("api-hostname") - 1);
	if (!mm_base_uri_parse_host(Z_STRVAL_P(hostname), Z_STRLEN_P(hostname), &uri, &err)) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	mm_base_uri_free(&uri);
}

static bool mailgun_build(zend_object* adapter, zval* message, mm_http_request* req)
{
	metamta_email_view view;
	mm_mailgun_config config;
	mm_base_uri host_uri;
	mm_error err;
	bool built;

	mm_http_request_init(req);
	if (!metamta_http_adapter_require_email(adapter, message)) {
		return false;
	}
	mm_error_clear(&err);
	memset(&host_uri, 0, sizeof(host_uri));
	config.base_uri = metamta_adapter_option_str(adapter, "base-uri");
	if (!config.base_uri.ptr) {
		/* No base-uri: https://{api-hostname}, as the original builds it. */
		mm_str hostname = metamta_adapter_option_str(adapter, "api-hostname");
		if (hostname.ptr) {
			if (!mm_base_uri_parse_host(hostname.ptr, hostname.len, &host_uri, &err)) {
				return metamta_throw_core(&err);
			}
			config.base_uri.ptr = host_uri.text;
			config.base_uri.len = host_uri.len;
		}
	}
	config.api_key = metamta_adapter_option_str(adapter, "api-key");
	config.domain = metamta_adapter_option_str(adapter, "domain");

	metamta_email_view_init(&view, Z_OBJ_P(message));
	built = mm_mailgun_build(&config, &view.email, req, &err);
	metamta_email_view_free(&view);
	mm_base_uri_free(&host_uri);
	return built || metamta_throw_core(&err);
}

static const metamta_http_adapter_ops mailgun_ops = {
	mailgun_build,
	mm_mailgun_parse_response,
	NULL,
};

ZEND_METHOD(MetaMTA_MailgunAdapter, sendMessage)
{
	zval* message;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_http_adapter_send(Z_OBJ_P(ZEND_THIS), message, &mailgun_ops)) {
		RETURN_THROWS();
	}
}

/* Runs the check with the adapter's signing key; false with err set when the
 * webhook is refused or the call is unusable. */
static bool verify_webhook(INTERNAL_FUNCTION_PARAMETERS, mm_error* err)
{
	zend_string *timestamp, *token, *signature;
	zend_long max_age = 300, now = 0;
	bool now_is_null = true;
	zend_object* adapter = Z_OBJ_P(ZEND_THIS);
	mm_str key;

	ZEND_PARSE_PARAMETERS_START(3, 5)
	Z_PARAM_STR(timestamp)
	Z_PARAM_STR(token)
	Z_PARAM_STR(signature)
	Z_PARAM_OPTIONAL
	Z_PARAM_LONG(max_age)
	Z_PARAM_LONG_OR_NULL(now, now_is_null)
	ZEND_PARSE_PARAMETERS_END_EX(return false);

	/* Mailgun signs webhooks with a key of their own today; the original
	 * used the API key, which stays the fallback. */
	key = metamta_adapter_option_str(adapter, "webhook-signing-key");
	if (!key.ptr) {
		key = metamta_adapter_option_str(adapter, "api-key");
	}
	if (now_is_null) {
		now = (zend_long)time(NULL);
	}
	return mm_mailgun_webhook_verify(key.ptr ? key.ptr : "", key.len, ZSTR_VAL(timestamp), ZSTR_LEN(timestamp),
	    ZSTR_VAL(token), ZSTR_LEN(token), ZSTR_VAL(signature), ZSTR_LEN(signature), (long)now, (long)max_age, err);
}

/* Errors that describe the call or the configuration, not the webhook. */
static bool is_usage_error(const mm_error* err)
{
	return err->code == MM_MAILGUN_WEBHOOK_NO_KEY || err->code == MM_MAILGUN_WEBHOOK_BAD_WINDOW;
}

ZEND_METHOD(MetaMTA_MailgunAdapter, verifyWebhookSignature)
{
	mm_error err;

	mm_error_clear(&err);
	if (verify_webhook(INTERNAL_FUNCTION_PARAM_PASSTHRU, &err)) {
		RETURN_TRUE;
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (is_usage_error(&err)) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	RETURN_FALSE;
}

ZEND_METHOD(MetaMTA_MailgunAdapter, checkWebhookSignature)
{
	mm_error err;

	mm_error_clear(&err);
	if (verify_webhook(INTERNAL_FUNCTION_PARAM_PASSTHRU, &err)) {
		return;
	}
	if (!EG(exception)) {
		metamta_throw_error(&err);
	}
	RETURN_THROWS();
}

void metamta_minit_adapter_mailgun(void)
{
	metamta_ce_MailgunAdapter = register_class_MetaMTA_MailgunAdapter(metamta_ce_MailAdapter);
	metamta_http_adapter_register_ops(metamta_ce_MailgunAdapter, &mailgun_ops);
}
