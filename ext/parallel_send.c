/* Delivery of many (message, mailer) pairs. This first version calls each
 * adapter's sendMessage() in turn; the parallel path for the HTTP adapters
 * replaces the loop without changing the interface. */
#include "parallel_send.h"

#include "zend_exceptions.h"
#include "zend_interfaces.h"

static void send_one(metamta_send_slot* slot)
{
	zval retval;

	ZVAL_UNDEF(&slot->exception);
	zend_call_method_with_1_params(slot->adapter, slot->adapter->ce, NULL, "sendmessage", &retval, slot->message);
	zval_ptr_dtor(&retval);
	if (EG(exception)) {
		ZVAL_OBJ_COPY(&slot->exception, EG(exception));
		zend_clear_exception();
	}
}

bool metamta_send_slots(metamta_send_slot* slots, size_t count, size_t concurrency)
{
	(void)concurrency;
	for (size_t i = 0; i < count; i++) {
		send_one(&slots[i]);
	}
	return true;
}

void metamta_send_slots_release(metamta_send_slot* slots, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		zval_ptr_dtor(&slots[i].exception);
		ZVAL_UNDEF(&slots[i].exception);
	}
}
