/* Two deliberate bugs in code built exactly like metamta's (the core's
 * allocator and buffer, the same sanitizer flags, loaded by the same php
 * wrapper with the same LSan suppressions), so the ASan phpt run is shown to
 * catch a leak and an overflow in our code rather than merely pass. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include "php.h"

#include "buffer.h"
#include "mm_alloc.h"

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_metamta_probe, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

/* Builds a buffer through the core and never frees it. */
PHP_FUNCTION(metamta_probe_leak)
{
	mm_buf* leaked;

	ZEND_PARSE_PARAMETERS_NONE();
	leaked = mm_malloc(sizeof(*leaked));
	if (leaked == NULL) {
		return;
	}
	mm_buf_init(leaked);
	mm_buf_append_str(leaked, "this buffer is never freed");
}

/* Writes one byte past the end of a core allocation. */
PHP_FUNCTION(metamta_probe_overflow)
{
	volatile size_t len = 16;
	char* block;

	ZEND_PARSE_PARAMETERS_NONE();
	block = mm_malloc(len);
	if (block == NULL) {
		return;
	}
	memset(block, 'x', len + 1);
	mm_free(block);
}

static const zend_function_entry metamta_probe_functions[] = { ZEND_FE(metamta_probe_leak, arginfo_metamta_probe)
	    ZEND_FE(metamta_probe_overflow, arginfo_metamta_probe) ZEND_FE_END };

zend_module_entry metamta_probe_module_entry = {
	STANDARD_MODULE_HEADER,
	"metamta_probe",
	metamta_probe_functions,
	NULL,
	NULL,
	NULL,
	NULL,
	NULL,
	"0.0.0",
	STANDARD_MODULE_PROPERTIES,
};

#ifdef COMPILE_DL_METAMTA_PROBE
ZEND_GET_MODULE(metamta_probe)
#endif
