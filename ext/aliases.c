/* metamta.phabricator_aliases: the original's class names as aliases of
 * ours, so code written for Phabricator/Phorge runs unchanged. */
#include "php_metamta.h"

static const struct {
	const char* alias;
	const char* target; /* lower case, as in the class table */
} phabricator_aliases[] = {
	{ "PhabricatorMailAdapter", "metamta\\mailadapter" },
	{ "PhabricatorMailPostmarkAdapter", "metamta\\postmarkadapter" },
	{ "PhabricatorMailMailgunAdapter", "metamta\\mailgunadapter" },
	{ "PhabricatorMailAmazonSESAdapter", "metamta\\amazonsesadapter" },
	{ "PhabricatorMailAmazonSNSAdapter", "metamta\\amazonsnsadapter" },
	{ "PhabricatorMailSendGridAdapter", "metamta\\sendgridadapter" },
	{ "PhabricatorMailTwilioAdapter", "metamta\\twilioadapter" },
	{ "PhabricatorMailSMTPAdapter", "metamta\\smtpadapter" },
	{ "PhabricatorMailSendmailAdapter", "metamta\\sendmailadapter" },
	{ "PhabricatorMailTestAdapter", "metamta\\testadapter" },
	{ "PhabricatorMailExternalMessage", "metamta\\externalmessage" },
	{ "PhabricatorMailEmailMessage", "metamta\\emailmessage" },
	{ "PhabricatorMailSMSMessage", "metamta\\smsmessage" },
	{ "PhabricatorMailHeader", "metamta\\mailheader" },
	{ "PhabricatorMailAttachment", "metamta\\mailattachment" },
	{ "PhabricatorPhoneNumber", "metamta\\phonenumber" },
	{ "PhutilEmailAddress", "metamta\\emailaddress" },
	{ "PhutilCIDRList", "metamta\\cidrlist" },
	{ "PhutilCIDRBlock", "metamta\\cidrblock" },
	{ "PhutilIPAddress", "metamta\\ipaddress" },
	{ "PhabricatorMetaMTAPermanentFailureException", "metamta\\permanentfailureexception" },
};

void metamta_register_phabricator_aliases(void)
{
	size_t i;

	for (i = 0; i < sizeof(phabricator_aliases) / sizeof(phabricator_aliases[0]); i++) {
		zend_class_entry* ce = zend_hash_str_find_ptr(
		    CG(class_table), phabricator_aliases[i].target, strlen(phabricator_aliases[i].target));

		/* Adapters built on other branches may not exist yet: skip them. */
		if (ce) {
			zend_register_class_alias_ex(
			    phabricator_aliases[i].alias, strlen(phabricator_aliases[i].alias), ce, 1);
		}
	}
}
