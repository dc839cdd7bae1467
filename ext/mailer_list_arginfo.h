/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4f510c6d24d00e7e278afec4f2ec89a24cc8de62 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_MetaMTA_MailerList___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_MetaMTA_MailerList_fromConfig, 0, 1, MetaMTA\\MailerList, 0)
	ZEND_ARG_TYPE_INFO(0, mailers, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailerList_getMailers, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, constraints, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_MetaMTA_MailerList_getMailer, 0, 1, MetaMTA\\MailAdapter, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailerList_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailerList_setRetryPolicy, 0, 0, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxRetries, IS_LONG, 0, "2")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, baseDelay, IS_DOUBLE, 0, "0.5")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxDelay, IS_DOUBLE, 0, "10.0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailerList_getRetryPolicy, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailerList_setAtLeastOnce, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, enabled, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailerList_isAtLeastOnce, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailerList_send, 0, 1, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, message, MetaMTA\\ExternalMessage, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, tryKeys, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailerList_sendAll, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, messages, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, concurrency, IS_LONG, 0, "16")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_MetaMTA_MailerList_newThreadingHeaders, 0, 5, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, mailer, MetaMTA\\MailAdapter, 0)
	ZEND_ARG_TYPE_INFO(0, threadId, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, isFirst, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, parentMessageId, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, domain, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, now, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()


static ZEND_METHOD(MetaMTA_MailerList, __construct);
static ZEND_METHOD(MetaMTA_MailerList, fromConfig);
static ZEND_METHOD(MetaMTA_MailerList, getMailers);
static ZEND_METHOD(MetaMTA_MailerList, getMailer);
static ZEND_METHOD(MetaMTA_MailerList, count);
static ZEND_METHOD(MetaMTA_MailerList, setRetryPolicy);
static ZEND_METHOD(MetaMTA_MailerList, getRetryPolicy);
static ZEND_METHOD(MetaMTA_MailerList, setAtLeastOnce);
static ZEND_METHOD(MetaMTA_MailerList, isAtLeastOnce);
static ZEND_METHOD(MetaMTA_MailerList, send);
static ZEND_METHOD(MetaMTA_MailerList, sendAll);
static ZEND_METHOD(MetaMTA_MailerList, newThreadingHeaders);


static const zend_function_entry class_MetaMTA_MailerList_methods[] = {
	ZEND_ME(MetaMTA_MailerList, __construct, arginfo_class_MetaMTA_MailerList___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(MetaMTA_MailerList, fromConfig, arginfo_class_MetaMTA_MailerList_fromConfig, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(MetaMTA_MailerList, getMailers, arginfo_class_MetaMTA_MailerList_getMailers, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailerList, getMailer, arginfo_class_MetaMTA_MailerList_getMailer, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailerList, count, arginfo_class_MetaMTA_MailerList_count, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailerList, setRetryPolicy, arginfo_class_MetaMTA_MailerList_setRetryPolicy, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailerList, getRetryPolicy, arginfo_class_MetaMTA_MailerList_getRetryPolicy, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailerList, setAtLeastOnce, arginfo_class_MetaMTA_MailerList_setAtLeastOnce, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailerList, isAtLeastOnce, arginfo_class_MetaMTA_MailerList_isAtLeastOnce, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailerList, send, arginfo_class_MetaMTA_MailerList_send, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailerList, sendAll, arginfo_class_MetaMTA_MailerList_sendAll, ZEND_ACC_PUBLIC)
	ZEND_ME(MetaMTA_MailerList, newThreadingHeaders, arginfo_class_MetaMTA_MailerList_newThreadingHeaders, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_MetaMTA_MailerList(zend_class_entry *class_entry_Countable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "MetaMTA", "MailerList", class_MetaMTA_MailerList_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Countable);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "fromconfig", sizeof("fromconfig") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
