/* MetaMTA\AmazonSESAdapter (spec/adapters.md §4.4). The raw message and the
 * signed request are built in src/provider_ses.c. */
#include "adapter_aws.h"

#include "provider_ses.h"

#include "adapter_ses_arginfo.h"

zend_class_entry* metamta_ce_AmazonSESAdapter;

ZEND_METHOD(MetaMTA_AmazonSESAdapter, getSupportedMessageTypes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_next_index_string(return_value, "email");
}

ZEND_METHOD(MetaMTA_AmazonSESAdapter, newDefaultOptions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	metamta_aws_adapter_default_options(return_value);
}

ZEND_METHOD(MetaMTA_AmazonSESAdapter, validateOptions)
{
	HashTable* options;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_aws_adapter_check_options(options)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(MetaMTA_AmazonSESAdapter, sendMessage)
{
	zval* message;
	zend_object* adapter = Z_OBJ_P(ZEND_THIS);
	metamta_email_view view;
	mm_aws_config config;
	mm_http_request req;
	mm_error err;
	bool built;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_http_adapter_require_email(adapter, message)) {
		RETURN_THROWS();
	}
	metamta_aws_adapter_config(adapter, &config);
	mm_error_clear(&err);
	metamta_email_view_init(&view, Z_OBJ_P(message));
	built = mm_ses_build(&config, &view.email, 0, &req, &err);
	metamta_email_view_free(&view);
	if (!built) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	if (!metamta_http_adapter_exchange(adapter, &req, mm_ses_parse_response)) {
		RETURN_THROWS();
	}
}

void metamta_minit_adapter_ses(void)
{
	metamta_ce_AmazonSESAdapter = register_class_MetaMTA_AmazonSESAdapter(metamta_ce_MailAdapter);
}
