/* Options of the two AWS adapters (spec/adapters.md §4.4, §4.5): the
 * original's four required strings, plus session-token for temporary
 * credentials and the shared base-uri and timeout. */
#include "adapter_aws.h"
#include "options.h"

static const metamta_option_spec aws_options[] = {
	{ "access-key", "string" },
	{ "secret-key", "string" },
	{ "region", "string" },
	{ "endpoint", "string" },
	{ "session-token", "string|null" },
	{ "base-uri", "string|null" },
	{ "timeout", "int" },
};

void metamta_aws_adapter_default_options(zval* defaults)
{
	add_assoc_null(defaults, "access-key");
	add_assoc_null(defaults, "secret-key");
	add_assoc_null(defaults, "region");
	add_assoc_null(defaults, "endpoint");
	add_assoc_null(defaults, "session-token");
	metamta_http_adapter_add_default_options(defaults);
}

bool metamta_aws_adapter_check_options(HashTable* options)
{
	zval *region, *endpoint;
	mm_error err;

	if (!metamta_options_check(options, aws_options, sizeof(aws_options) / sizeof(aws_options[0])) ||
	    !metamta_http_adapter_check_options(options)) {
		return false;
	}
	/* Both become part of the URL or of the signed credential scope. */
	mm_error_clear(&err);
	region = zend_hash_str_find(options, "region", sizeof("region") - 1);
	endpoint = zend_hash_str_find(options, "endpoint", sizeof("endpoint") - 1);
	if (!mm_aws_check_region(Z_STRVAL_P(region), Z_STRLEN_P(region), &err) ||
	    !mm_aws_check_endpoint(Z_STRVAL_P(endpoint), Z_STRLEN_P(endpoint), &err)) {
		return metamta_throw_core(&err);
	}
	return true;
}

void metamta_aws_adapter_config(zend_object* adapter, mm_aws_config* config)
{
	memset(config, 0, sizeof(*config));
	config->base_uri = metamta_adapter_option_str(adapter, "base-uri");
	config->endpoint = metamta_adapter_option_str(adapter, "endpoint");
	config->region = metamta_adapter_option_str(adapter, "region");
	config->access_key = metamta_adapter_option_str(adapter, "access-key");
	config->secret_key = metamta_adapter_option_str(adapter, "secret-key");
	config->session_token = metamta_adapter_option_str(adapter, "session-token");
}
