/* The Message-ID host-guess rule of spec/adapters.md §2.1: whether a
 * Message-ID chosen by the sender survives an SMTP relay or a local sendmail.
 * Some relays (Amazon SES, Postmark, SendGrid) replace it with their own. */
#ifndef MM_MESSAGE_ID_H
#define MM_MESSAGE_ID_H

#include <stdbool.h>
#include <stddef.h>

/* The `message-id` option: null (guess from the host), true or false. */
typedef enum {
	MM_MESSAGE_ID_GUESS = 0,
	MM_MESSAGE_ID_YES,
	MM_MESSAGE_ID_NO
} mm_message_id_config;

/* An explicit config wins; otherwise false when host (NULL = none) ends with
 * ".amazonaws.com", ".postmarkapp.com" or ".sendgrid.net" (ASCII
 * case-insensitive, anchored at the very end), else true. */
bool mm_message_id_supported(mm_message_id_config config, const char* host, size_t host_len);

#endif
