/* Which MM_TRANSPORT_* family a libcurl failure belongs to, shared by the
 * HTTP and SMTP transports so both report the same failure the same way. */
#ifndef MM_CURL_ERROR_H
#define MM_CURL_ERROR_H

#include <curl/curl.h>

/* MM_TRANSPORT_CONNECT, _TLS, _TIMEOUT, _CONNECTION_LOST or _OTHER. */
int mm_curl_error_class(CURLcode rc);

#endif
