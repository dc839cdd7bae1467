/* Sending many messages at once: each slot pairs a message with the mailer
 * chosen for it. The mailer list (failover, retries) decides the pairs; this
 * layer only delivers them, as fast as the adapters allow, and reports each
 * slot's outcome without throwing. */
#ifndef METAMTA_PARALLEL_SEND_H
#define METAMTA_PARALLEL_SEND_H

#include "php_metamta.h"

typedef struct {
	zval* message;        /* in: an ExternalMessage (borrowed) */
	zend_object* adapter; /* in: the MailAdapter to use (borrowed) */
	zval exception;       /* out: IS_UNDEF when sent, else the exception object (owned) */
} metamta_send_slot;

/* Delivers every slot, at most `concurrency` requests in flight. Adapters
 * with a C request builder (the HTTP adapters) go out in parallel over this
 * thread's connection pool; every other adapter (SMTP, sendmail, test,
 * userland) is called through sendMessage() one after another. A failure
 * never stops the other slots; an exception thrown by an adapter is caught
 * into its slot. Returns false only when the engine itself could not run
 * (out of memory), with an exception pending. */
bool metamta_send_slots(metamta_send_slot* slots, size_t count, size_t concurrency);

/* Releases the slots' exceptions. */
void metamta_send_slots_release(metamta_send_slot* slots, size_t count);

#endif
