/* MetaMTA\SendGridAdapter (spec/adapters.md, SendGrid). The JSON request is
 * built in src/provider_sendgrid.c. */
#include "adapter_http.h"
#include "options.h"

#include "provider_sendgrid.h"

#include "adapter_sendgrid_arginfo.h"

zend_class_entry* metamta_ce_SendGridAdapter;

static const metamta_option_spec sendgrid_options[] = {
	{ "api-key", "string" },
	{ "base-uri", "string|null" },
	{ "timeout", "int" },
};

ZEND_METHOD(MetaMTA_SendGridAdapter, getSupportedMessageTypes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_next_index_string(return_value, "email");
}

ZEND_METHOD(MetaMTA_SendGridAdapter, newDefaultOptions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_assoc_null(return_value, "api-key");
	metamta_http_adapter_add_default_options(return_value);
}

ZEND_METHOD(MetaMTA_SendGridAdapter, validateOptions)
{
	HashTable* options;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_options_check(options, sendgrid_options, sizeof(sendgrid_options) / sizeof(sendgrid_options[0])) ||
	    !metamta_http_adapter_check_options(options)) {
		RETURN_THROWS();
	}
}

static bool sendgrid_build(zend_object* adapter, zval* message, mm_http_request* req)
{
	metamta_email_view view;
	mm_sendgrid_config config;
	mm_error err;
	bool built;

	mm_http_request_init(req);
	if (!metamta_http_adapter_require_email(adapter, message)) {
		return false;
	}
	config.base_uri = metamta_adapter_option_str(adapter, "base-uri");
	if (!config.base_uri.ptr) {
		config.base_uri.ptr = "https://api.sendgrid.com";
		config.base_uri.len = strlen(config.base_uri.ptr);
	}
	config.api_key = metamta_adapter_option_str(adapter, "api-key");

	mm_error_clear(&err);
	metamta_email_view_init(&view, Z_OBJ_P(message));
	built = mm_sendgrid_build(&config, &view.email, req, &err);
	metamta_email_view_free(&view);
	return built || metamta_throw_core(&err);
}

static const metamta_http_adapter_ops sendgrid_ops = {
	sendgrid_build,
	mm_sendgrid_parse_response,
	NULL,
};

ZEND_METHOD(MetaMTA_SendGridAdapter, sendMessage)
{
	zval* message;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_http_adapter_send(Z_OBJ_P(ZEND_THIS), message, &sendgrid_ops)) {
		RETURN_THROWS();
	}
}

void metamta_minit_adapter_sendgrid(void)
{
	metamta_ce_SendGridAdapter = register_class_MetaMTA_SendGridAdapter(metamta_ce_MailAdapter);
	metamta_http_adapter_register_ops(metamta_ce_SendGridAdapter, &sendgrid_ops);
}
