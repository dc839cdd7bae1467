/* Module entry: MINIT/MSHUTDOWN, php.ini settings and phpinfo(). */
#include "php_metamta.h"

#include <curl/curl.h>
#include <openssl/opensslv.h>
#include <openssl/crypto.h>

#include "ext/standard/info.h"

#include "transport_http.h"

ZEND_DECLARE_MODULE_GLOBALS(metamta)

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY(
	    "metamta.cainfo", "", PHP_INI_ALL, OnUpdateString, cainfo, zend_metamta_globals, metamta_globals)
	STD_PHP_INI_BOOLEAN("metamta.phabricator_aliases", "0", PHP_INI_SYSTEM, OnUpdateBool, phabricator_aliases,
	    zend_metamta_globals, metamta_globals)
	STD_PHP_INI_ENTRY("metamta.batch_threshold", "0", PHP_INI_ALL, OnUpdateLong, batch_threshold,
	    zend_metamta_globals, metamta_globals)
PHP_INI_END()

static PHP_GINIT_FUNCTION(metamta)
{
#if defined(COMPILE_DL_METAMTA) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(metamta_globals, 0, sizeof(*metamta_globals));
}

static PHP_MINIT_FUNCTION(metamta)
{
	REGISTER_INI_ENTRIES();

	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return FAILURE;
	}

	metamta_minit_exceptions();
	metamta_minit_address();
	metamta_minit_phone();
	metamta_minit_message_parts();
	metamta_minit_message();
	metamta_minit_cidr();
	metamta_minit_adapter();
	metamta_minit_adapter_test();
	metamta_minit_adapter_postmark();
	metamta_minit_adapter_mailgun();
	metamta_minit_adapter_sendgrid();
	metamta_minit_adapter_twilio();
	metamta_minit_adapter_sendmail();
	metamta_minit_adapter_ses();
	metamta_minit_adapter_sns();
	metamta_minit_mailer_list();
	metamta_minit_send_result();

	/* Last, so every class it may alias is registered. */
	if (METAMTA_G(phabricator_aliases)) {
		metamta_register_phabricator_aliases();
	}
	metamta_minit_adapter_smtp();

	return SUCCESS;
}

static PHP_GSHUTDOWN_FUNCTION(metamta)
{
	/* Other threads' pools (ZTS); this thread's is gone already in MSHUTDOWN. */
	mm_http_pool_free(metamta_globals->http_pool);
	metamta_globals->http_pool = NULL;
}

static PHP_MSHUTDOWN_FUNCTION(metamta)
{
	/* The pool holds curl handles: free it before libcurl goes away. */
	metamta_http_pool_shutdown();
	curl_global_cleanup();
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(metamta)
{
#if defined(COMPILE_DL_METAMTA) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(metamta)
{
	metamta_rshutdown_adapter();
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(metamta)
{
	curl_version_info_data* curl = curl_version_info(CURLVERSION_NOW);

	php_info_print_table_start();
	php_info_print_table_row(2, "metamta support", "enabled");
	php_info_print_table_row(2, "metamta version", PHP_METAMTA_VERSION);
	php_info_print_table_row(2, "libcurl version", curl->version);
	php_info_print_table_row(2, "libcurl SSL backend", curl->ssl_version ? curl->ssl_version : "none");
	php_info_print_table_row(2, "OpenSSL version", OpenSSL_version(OPENSSL_VERSION));
	php_info_print_table_end();

	DISPLAY_INI_ENTRIES();
}

zend_module_entry metamta_module_entry = {
	STANDARD_MODULE_HEADER,
	"metamta",
	NULL, /* no functions: everything is a class */
	PHP_MINIT(metamta),
	PHP_MSHUTDOWN(metamta),
	PHP_RINIT(metamta),
	PHP_RSHUTDOWN(metamta),
	PHP_MINFO(metamta),
	PHP_METAMTA_VERSION,
	PHP_MODULE_GLOBALS(metamta),
	PHP_GINIT(metamta),
	PHP_GSHUTDOWN(metamta),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX,
};

#ifdef COMPILE_DL_METAMTA
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(metamta)
#endif
