/* What MetaMTA\AmazonSESAdapter and AmazonSNSAdapter share: their option
 * table, defaults, checks and the core configuration built from them. */
#ifndef METAMTA_ADAPTER_AWS_H
#define METAMTA_ADAPTER_AWS_H

#include "adapter_http.h"

#include "provider_aws.h"

/* access-key, secret-key, region, endpoint => null, session-token => null,
 * then the shared base-uri and timeout. */
void metamta_aws_adapter_default_options(zval* defaults);
/* The type checks, then region ([a-z0-9-]+), endpoint (a bare host name)
 * and the shared options. Throws and returns false on the first problem. */
bool metamta_aws_adapter_check_options(HashTable* options);
/* The adapter's options as borrowed views (valid while they are not replaced). */
void metamta_aws_adapter_config(zend_object* adapter, mm_aws_config* config);

#endif
