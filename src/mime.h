/* The raw RFC 5322 / MIME message for SMTP, sendmail and SES
 * (spec/mime.md §10): CRLF line endings, folded headers, RFC 2047 words,
 * quoted-printable or base64 bodies, RFC 2231 attachment names, random
 * boundaries checked against the content. Header material with CR, LF or
 * NUL is rejected, never repaired. */
#ifndef MM_MIME_H
#define MM_MIME_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buffer.h"
#include "message.h"
#include "mm_error.h"

typedef struct {
	/* When the message has no Message-ID header of its own, write one
	 * ("<random hex@domain>") only if this is true (the adapter may set
	 * one; spec/adapters.md §2.1). */
	bool generate_message_id;
	/* Right-hand side of a generated Message-ID; NULL = the From address's
	 * domain, else "localhost". */
	const char* message_id_domain;
	/* The Date header's time; 0 = now. Written in UTC (+0000). */
	time_t date;
	/* LF instead of CRLF line endings (a local sendmail takes either; CRLF
	 * is the default everywhere). */
	bool lf_line_endings;
} mm_mime_options;

void mm_mime_options_init(mm_mime_options* opts);

/* Appends the complete message to out. Fails with MM_ERROR_INVALID_ARGUMENT
 * on CR/LF/NUL in header material, an invalid header name, or text that is
 * not UTF-8 where it must be encoded. */
bool mm_mime_write_message(const mm_email* email, const mm_mime_options* opts, mm_buf* out, mm_error* err);

/* The envelope: the bare From address (MAIL FROM) and every To and Cc
 * address once (RCPT TO), case-insensitive duplicates dropped. Addresses
 * with CR, LF, NUL, '<', '>', spaces or a leading '-' are rejected (they
 * could inject SMTP commands or sendmail options). Free with
 * mm_mime_envelope_free. */
typedef struct {
	char* mail_from; /* "" when the message has no From */
	char** recipients;
	size_t recipient_count;
} mm_mime_envelope;

/* Fills out (zeroed first, and again on failure). Fails with
 * MM_ERROR_INVALID_ARGUMENT when an address is invalid (see
 * mm_mime_check_address) or the message has neither To nor Cc. */
bool mm_mime_envelope_build(const mm_email* email, mm_mime_envelope* out, mm_error* err);
void mm_mime_envelope_free(mm_mime_envelope* env);

/* The address check used for the envelope and every address header: a
 * non-empty local part and domain ("a@" is not deliverable), printable
 * ASCII without spaces, '<', '>', '(', ')', ',', ';', '"', '\\' or a
 * second '@', and no leading '-'. `what` names the field ("To address"). */
bool mm_mime_check_address(const mm_address* addr, const char* what, mm_error* err);

/* Whether two addresses have the same addr-spec, ignoring ASCII case. */
bool mm_mime_address_equal(const mm_address* a, const mm_address* b);

#endif
