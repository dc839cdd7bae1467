/* MetaMTA\PostmarkAdapter (spec/adapters.md §4.1, §5.1). The JSON request is
 * built in src/provider_postmark.c; this file only binds options and
 * messages to it. */
#include "adapter_http.h"
#include "options.h"

#include "provider_postmark.h"

#include "adapter_postmark_arginfo.h"

zend_class_entry* metamta_ce_PostmarkAdapter;

/* Postmark's inbound webhook sources, as both forks ship them (the fourth
 * was added in December 2021). */
static const char* const default_inbound_addresses[] = {
	"50.31.156.6/32",
	"50.31.156.77/32",
	"18.217.206.57/32",
	"3.134.147.250/32",
};

static const metamta_option_spec postmark_options[] = {
	{ "access-token", "string" },
	{ "inbound-addresses", "list<string>" },
	{ "message-stream", "string|null" },
	{ "base-uri", "string|null" },
	{ "timeout", "int" },
};

static void default_inbound_list(zval* list)
{
	array_init(list);
	for (size_t i = 0; i < sizeof(default_inbound_addresses) / sizeof(default_inbound_addresses[0]); i++) {
		add_next_index_string(list, default_inbound_addresses[i]);
	}
}

ZEND_METHOD(MetaMTA_PostmarkAdapter, getSupportedMessageTypes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_next_index_string(return_value, "email");
}

ZEND_METHOD(MetaMTA_PostmarkAdapter, newDefaultOptions)
{
	zval inbound;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	add_assoc_null(return_value, "access-token");
	default_inbound_list(&inbound);
	add_assoc_zval(return_value, "inbound-addresses", &inbound);
	add_assoc_null(return_value, "message-stream");
	metamta_http_adapter_add_default_options(return_value);
}

ZEND_METHOD(MetaMTA_PostmarkAdapter, validateOptions)
{
	HashTable* options;
	zval* inbound;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_options_check(options, postmark_options, sizeof(postmark_options) / sizeof(postmark_options[0])) ||
	    !metamta_http_adapter_check_options(options)) {
		RETURN_THROWS();
	}
	inbound = zend_hash_str_find(options, "inbound-addresses", sizeof("inbound-addresses") - 1);
	if (!metamta_cidr_list_validate(Z_ARRVAL_P(inbound))) {
		RETURN_THROWS();
	}
}

/* The adapter's options as the core builder's configuration (borrowed views). */
static void postmark_config(zend_object* adapter, mm_postmark_config* config)
{
	config->base_uri = metamta_adapter_option_str(adapter, "base-uri");
	if (!config->base_uri.ptr) {
		config->base_uri.ptr = "https://api.postmarkapp.com";
		config->base_uri.len = strlen(config->base_uri.ptr);
	}
	config->access_token = metamta_adapter_option_str(adapter, "access-token");
	config->message_stream = metamta_adapter_option_str(adapter, "message-stream");
}

static bool postmark_build(zend_object* adapter, zval* message, mm_http_request* req)
{
	metamta_email_view view;
	mm_postmark_config config;
	mm_error err;
	bool built;

	mm_http_request_init(req);
	if (!metamta_http_adapter_require_email(adapter, message)) {
		return false;
	}
	postmark_config(adapter, &config);
	mm_error_clear(&err);
	metamta_email_view_init(&view, Z_OBJ_P(message));
	built = mm_postmark_build(&config, &view.email, req, &err);
	metamta_email_view_free(&view);
	return built || metamta_throw_core(&err);
}

static bool postmark_join(
    zend_object* adapter, mm_http_request* const* singles, size_t count, mm_http_request* req, mm_error* err)
{
	mm_postmark_config config;

	postmark_config(adapter, &config);
	return mm_postmark_join_batch(&config, singles, count, req, err);
}

static bool postmark_parse_batch(
    long status, const char* body, size_t len, mm_error* results, size_t count, mm_error* err)
{
	mm_postmark_batch_result* each = safe_emalloc(count, sizeof(*each), 0);
	bool ok = mm_postmark_parse_batch_response(status, body, len, each, count, err);

	for (size_t i = 0; ok && i < count; i++) {
		results[i] = each[i].error;
	}
	efree(each);
	return ok;
}

static const metamta_http_batch_ops postmark_batch_ops = {
	MM_POSTMARK_MAX_BATCH,
	MM_POSTMARK_MAX_BATCH_BYTES,
	postmark_join,
	postmark_parse_batch,
};

static const metamta_http_adapter_ops postmark_ops = {
	postmark_build,
	mm_postmark_parse_response,
	&postmark_batch_ops,
};

ZEND_METHOD(MetaMTA_PostmarkAdapter, sendMessage)
{
	zval* message;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_OBJECT_OF_CLASS(message, metamta_ce_ExternalMessage)
	ZEND_PARSE_PARAMETERS_END();

	if (!metamta_http_adapter_send(Z_OBJ_P(ZEND_THIS), message, &postmark_ops)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(MetaMTA_PostmarkAdapter, isInboundAddressAllowed)
{
	zend_string* remote;
	metamta_adapter_object* intern = Z_METAMTA_ADAPTER_P(ZEND_THIS);
	zval* inbound;
	zval defaults;
	bool allowed = false, ok;

	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(remote)
	ZEND_PARSE_PARAMETERS_END();

	inbound = intern->options ?
	    zend_hash_str_find(intern->options, "inbound-addresses", sizeof("inbound-addresses") - 1) :
	    NULL;
	ZVAL_UNDEF(&defaults);
	if (!inbound || Z_TYPE_P(inbound) != IS_ARRAY) {
		/* Options never set: the shipped list applies. */
		default_inbound_list(&defaults);
		inbound = &defaults;
	}
	ok = metamta_cidr_list_contains_address(Z_ARRVAL_P(inbound), remote, &allowed);
	zval_ptr_dtor(&defaults);
	if (!ok) {
		RETURN_THROWS();
	}
	RETURN_BOOL(allowed);
}

void metamta_minit_adapter_postmark(void)
{
	metamta_ce_PostmarkAdapter = register_class_MetaMTA_PostmarkAdapter(metamta_ce_MailAdapter);
	metamta_http_adapter_register_ops(metamta_ce_PostmarkAdapter, &postmark_ops);
}
