/* The per-thread HTTP connection pool and the one send path every HTTP
 * adapter uses: core request in, core response out, exceptions on failure. */
#include "metamta_http.h"

#include "zend_exceptions.h"

mm_http_pool* metamta_http_pool(void)
{
	mm_http_pool* pool = METAMTA_G(http_pool);

	if (pool && !mm_http_pool_usable(pool)) {
		/* Inherited through fork: the sockets and TLS state are the
		 * parent's, so the child neither uses nor frees them. */
		pool = NULL;
	}
	if (!pool) {
		pool = mm_http_pool_new();
		METAMTA_G(http_pool) = pool;
	}
	return pool;
}

void metamta_http_pool_shutdown(void)
{
	mm_http_pool_free(METAMTA_G(http_pool));
	METAMTA_G(http_pool) = NULL;
}

void metamta_http_options(mm_http_options* opts, zend_long timeout_seconds)
{
	mm_http_options_init(opts);
	opts->cainfo = METAMTA_G(cainfo);
	opts->timeout_ms = timeout_seconds > 0 ? (long)timeout_seconds * 1000 : 0;
	opts->product = "metamta/" PHP_METAMTA_VERSION;
}

bool metamta_http_send(const mm_http_request* req, zend_long timeout_seconds, mm_http_response* res)
{
	mm_http_options opts;
	mm_error err;
	mm_http_pool* pool = metamta_http_pool();

	mm_error_clear(&err);
	if (!pool) {
		zend_throw_exception(metamta_ce_RuntimeException, "Out of memory creating the HTTP connection pool", 0);
		return false;
	}
	metamta_http_options(&opts, timeout_seconds);
	if (!mm_http_send(pool, req, &opts, res, &err)) {
		metamta_throw_error(&err);
		return false;
	}
	return true;
}
