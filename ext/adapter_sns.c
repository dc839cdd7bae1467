/* MetaMTA\AmazonSNSAdapter (spec/adapters.md §4.5): SMS through SNS
 * Publish. The signed request is built in src/provider_sns.c. */
#include "adapter_aws.h"

#include "provider_sns.h"

#include "adapter_sns_arginfo.h"

zend_class_entry* metamta_ce_AmazonSNSAdapter;

ZEND_METHOD(MetaMTA_AmazonSNSAdapter, getSupportedMessageTypes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_next_index_string(return_value, "sms");
}

ZEND_METHOD(MetaMTA_AmazonSNSAdapter, newDefaultOptions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	metamta_aws_adapter_default_options(return_value);
}

ZEND_METHOD(MetaMTA_AmazonSNSAdapter, validateOptions)
{
	HashTable* options;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_aws_adapter_check_options(options)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(MetaMTA_AmazonSNSAdapter, sendMessage)
{
	zval* message;
	zend_object* adapter = Z_OBJ_P(ZEND_THIS);
	metamta_sms_message_object* sms_object;
	mm_aws_config config;
	mm_sms sms;
	mm_http_request req;
	mm_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	ZEND_PARSE_PARAMETERS_END();

	if (!instanceof_function(Z_OBJCE_P(message), metamta_ce_SMSMessage)) {
		metamta_throw_invalid("%s can only send SMS messages, %s given", ZSTR_VAL(adapter->ce->name),
		    ZSTR_VAL(Z_OBJCE_P(message)->name));
		RETURN_THROWS();
	}
	sms_object = Z_METAMTA_SMS_MESSAGE_P(message);
	if (Z_TYPE(sms_object->to_number) != IS_OBJECT) {
		metamta_throw_invalid("The SMS message has no recipient number: call setToNumber() first");
		RETURN_THROWS();
	}
	metamta_aws_adapter_config(adapter, &config);
	metamta_sms_to_core(Z_OBJ_P(message), &sms);
	mm_error_clear(&err);
	if (!mm_sns_build(&config, &sms, &req, &err)) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
	if (!metamta_http_adapter_exchange(adapter, &req, mm_sns_parse_response)) {
		RETURN_THROWS();
	}
}

void metamta_minit_adapter_sns(void)
{
	metamta_ce_AmazonSNSAdapter = register_class_MetaMTA_AmazonSNSAdapter(metamta_ce_MailAdapter);
}
