/* placeholder: owned by a helper */
#include "php_metamta.h"
zend_class_entry* metamta_ce_IPAddress;
zend_class_entry* metamta_ce_CIDRBlock;
zend_class_entry* metamta_ce_CIDRList;
void metamta_minit_cidr(void) {}
