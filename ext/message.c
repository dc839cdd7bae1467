/* placeholder: owned by a helper */
#include "php_metamta.h"
zend_class_entry* metamta_ce_ExternalMessage;
zend_class_entry* metamta_ce_EmailMessage;
zend_class_entry* metamta_ce_SMSMessage;
void metamta_minit_message(void) {}
