/* placeholder: owned by a helper */
#include "php_metamta.h"
zend_class_entry* metamta_ce_MailAdapter;
void metamta_minit_adapter(void) {}
