/* placeholder: owned by a helper */
#include "php_metamta.h"
zend_class_entry* metamta_ce_MailHeader;
zend_class_entry* metamta_ce_MailAttachment;
void metamta_minit_message_parts(void) {}
