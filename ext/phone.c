/* placeholder: owned by a helper */
#include "php_metamta.h"
zend_class_entry* metamta_ce_PhoneNumber;
void metamta_minit_phone(void) {}
