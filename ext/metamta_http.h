/* The send path shared by the HTTP adapters (ext/http.c). */
#ifndef METAMTA_HTTP_H
#define METAMTA_HTTP_H

#include "php_metamta.h"

#include "http_request.h"
#include "transport_http.h"

/* Transport options from php.ini (metamta.cainfo) and the adapter's timeout. */
void metamta_http_options(mm_http_options* opts, zend_long timeout_seconds);

/* Sends req over this thread's pool; on a transport failure throws the
 * TransportException and returns false. Any HTTP status is a success here. */
bool metamta_http_send(const mm_http_request* req, zend_long timeout_seconds, mm_http_response* res);

#endif
