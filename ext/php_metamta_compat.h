/* Differences between the PHP versions we support (8.1 to 8.4). Every
 * PHP_VERSION_ID check lives here, none in src/. */
#ifndef PHP_METAMTA_COMPAT_H
#define PHP_METAMTA_COMPAT_H

#include "php.h"

/* zend_class_entry.default_object_handlers only exists from 8.3, so every
 * create_object sets std.handlers itself; nothing to shim. */

#if PHP_VERSION_ID < 80200
/* 8.1 has no zend_mark_function_parameter_as_sensitive; arginfo generated
 * with @generate-legacy-arginfo 80100 guards its use already. */
#endif

/* php_random_int and php_mt_rand_range moved to ext/random in 8.2. */
#if PHP_VERSION_ID >= 80200
#include "ext/random/php_random.h"
#else
#include "ext/standard/php_random.h"
#include "ext/standard/php_mt_rand.h"
#endif

#endif
