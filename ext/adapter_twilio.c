/* MetaMTA\TwilioAdapter (spec/adapters.md, Twilio). The form request is
 * built in src/provider_twilio.c. */
#include "adapter_http.h"
#include "options.h"

#include "phone.h"
#include "provider_twilio.h"

#include "adapter_twilio_arginfo.h"

zend_class_entry* metamta_ce_TwilioAdapter;

static const metamta_option_spec twilio_options[] = {
	{ "account-sid", "string" },
	{ "auth-token", "string" },
	{ "from-number", "string" },
	{ "base-uri", "string|null" },
	{ "timeout", "int" },
};

ZEND_METHOD(MetaMTA_TwilioAdapter, getSupportedMessageTypes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_next_index_string(return_value, "sms");
}

ZEND_METHOD(MetaMTA_TwilioAdapter, newDefaultOptions)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_assoc_null(return_value, "account-sid");
	add_assoc_null(return_value, "auth-token");
	add_assoc_null(return_value, "from-number");
	metamta_http_adapter_add_default_options(return_value);
}

ZEND_METHOD(MetaMTA_TwilioAdapter, validateOptions)
{
	HashTable* options;
	zval *sid, *from;
	char e164[MM_PHONE_E164_SIZE];
	size_t e164_len;
	mm_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_options_check(options, twilio_options, sizeof(twilio_options) / sizeof(twilio_options[0])) ||
	    !metamta_http_adapter_check_options(options)) {
		RETURN_THROWS();
	}
	mm_error_clear(&err);
	/* The SID is spliced into the URL: validated here, never trusted. */
	sid = zend_hash_str_find(options, "account-sid", sizeof("account-sid") - 1);
	from = zend_hash_str_find(options, "from-number", sizeof("from-number") - 1);
	if (!mm_twilio_check_account_sid(Z_STRVAL_P(sid), Z_STRLEN_P(sid), &err) ||
	    !mm_phone_normalize(Z_STRVAL_P(from), Z_STRLEN_P(from), e164, &e164_len, &err)) {
		metamta_throw_error(&err);
		RETURN_THROWS();
	}
}

static bool twilio_build(zend_object* adapter, zval* message, mm_http_request* req)
{
	metamta_sms_message_object* sms_object;
	mm_twilio_config config;
	mm_str from;
	mm_sms sms;
	char from_e164[MM_PHONE_E164_SIZE];
	size_t from_len = 0;
	mm_error err;

	mm_http_request_init(req);
	if (!instanceof_function(Z_OBJCE_P(message), metamta_ce_SMSMessage)) {
		metamta_throw_invalid("%s can only send SMS messages, %s given", ZSTR_VAL(adapter->ce->name),
		    ZSTR_VAL(Z_OBJCE_P(message)->name));
		return false;
	}
	sms_object = Z_METAMTA_SMS_MESSAGE_P(message);
	if (Z_TYPE(sms_object->to_number) != IS_OBJECT) {
		metamta_throw_invalid("The SMS message has no recipient number: call setToNumber() first");
		return false;
	}

	mm_error_clear(&err);
	from = metamta_adapter_option_str(adapter, "from-number");
	if (from.ptr && !mm_phone_normalize(from.ptr, from.len, from_e164, &from_len, &err)) {
		return metamta_throw_core(&err);
	}
	config.base_uri = metamta_adapter_option_str(adapter, "base-uri");
	config.account_sid = metamta_adapter_option_str(adapter, "account-sid");
	config.auth_token = metamta_adapter_option_str(adapter, "auth-token");
	config.from_number.ptr = from.ptr ? from_e164 : NULL;
	config.from_number.len = from_len;

	metamta_sms_to_core(Z_OBJ_P(message), &sms);
	return mm_twilio_build(&config, &sms, req, &err) || metamta_throw_core(&err);
}

static const metamta_http_adapter_ops twilio_ops = {
	twilio_build,
	mm_twilio_parse_response,
	NULL,
};

ZEND_METHOD(MetaMTA_TwilioAdapter, sendMessage)
{
	zval* message;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_http_adapter_send(Z_OBJ_P(ZEND_THIS), message, &twilio_ops)) {
		RETURN_THROWS();
	}
}

void metamta_minit_adapter_twilio(void)
{
	metamta_ce_TwilioAdapter = register_class_MetaMTA_TwilioAdapter(metamta_ce_MailAdapter);
	metamta_http_adapter_register_ops(metamta_ce_TwilioAdapter, &twilio_ops);
}
