/* MetaMTA\SendGridAdapter (spec/adapters.md, SendGrid). The JSON request is
 * built in src/provider_sendgrid.c. */
#include "adapter_http.h"
#include "options.h"

#include "provider_sendgrid.h"

#include "adapter_sendgrid_arginfo.h"

zend_class_entry* metamta_ce_SendGridAdapter;

static const metamta_option_spec sendgrid_options[] = {
    {"api-key", "string"},
    {"base-uri", "string|null"},
    {"timeout", "int"},
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

ZEND_METHOD(MetaMTA_SendGridAdapter, sendMessage)
{
	zval* message;
	zend_object* adapter = Z_OBJ_P(ZEND_THIS);
	metamta_email_view view;
	mm_sendgrid_config config;
	mm_http_request req;
	mm_error err;
	bool built;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_http_adapter_require_email(adapter, message)) {
		RETURN_THROWS();
	}
	config.base_uri = metamta_adapter_option_str(adapter, "base-uri");
	if (!config.base_uri.ptr) {
		config.base_uri.ptr = "https://api.sendgrid.com";
		config.base_uri.len = strlen(config.base_uri.ptr);
	}
	config.api_key = metamta_adapter_option_str(adapter, "api-key");

	mm_error_clear(&err);
	metamta_email_view_init(&view, Z_OBJ_P(message));
	built = mm_sendgrid_build(&config, &view.email, &req, &err);
	metamta_email_view_free(&view);
	if (!built) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	if (!metamta_http_adapter_exchange(adapter, &req, mm_sendgrid_parse_response)) {
		RETURN_THROWS();
	}
}

void metamta_minit_adapter_sendgrid(void)
{
	metamta_ce_SendGridAdapter = register_class_MetaMTA_SendGridAdapter(metamta_ce_MailAdapter);
}
