/* placeholder: owned by a helper */
#include "php_metamta.h"
zend_class_entry* metamta_ce_TestAdapter;
void metamta_minit_adapter_test(void) {}
