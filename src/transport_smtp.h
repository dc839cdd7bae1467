/* The SMTP transport: hands one envelope and one raw message to an SMTP
 * server through libcurl's SMTP client. A session owns one libcurl handle,
 * so consecutive sends through it reuse the server connection where the
 * server allows it; a reused connection the server has dropped is replaced
 * transparently (once, and only before DATA was accepted). The session
 * belongs to one thread and to the process that created it.
 * curl_global_init is the caller's job (ext/ does it in MINIT). */
#ifndef MM_TRANSPORT_SMTP_H
#define MM_TRANSPORT_SMTP_H

#include <stdbool.h>
#include <stddef.h>

#include "mm_error.h"

#define MM_SMTP_DEFAULT_PORT 25
#define MM_SMTP_DEFAULT_TIMEOUT_MS 60000L
/* RFC 5321 §4.5.3.1.6: a text line is at most 1000 octets with its CRLF. */
#define MM_SMTP_MAX_LINE 998

typedef enum {
	MM_SMTP_PLAIN = 0,   /* no TLS at all */
	MM_SMTP_STARTTLS,    /* STARTTLS required (RFC 3207); refusal is an error */
	MM_SMTP_IMPLICIT_TLS /* TLS from the first byte (smtps, RFC 8314) */
} mm_smtp_protocol;

typedef struct {
	/* One host or a ';'-separated list, each "name", "name:port", "a.b.c.d",
	 * "[v6]" or "[v6]:port"; tried in order while connecting fails. */
	const char* host;
	long port; /* for hosts without ":port"; <= 0 = 25 */
	mm_smtp_protocol protocol;
	const char* user;        /* NULL or "" = no AUTH */
	const char* password;    /* never copied into a message */
	const char* cainfo;      /* CA bundle path; NULL or "" = libcurl's default */
	long timeout_ms;         /* whole send, and each server reply; <= 0 = 60 s */
	long connect_timeout_ms; /* <= 0 = timeout_ms */
	const char* helo_name;   /* EHLO argument; NULL or "" = "localhost" */
} mm_smtp_options;

typedef struct mm_smtp_session mm_smtp_session;

void mm_smtp_options_init(mm_smtp_options* opts);

/* A new session without a connection; NULL when out of memory. */
mm_smtp_session* mm_smtp_session_new(void);
/* Closes the connection (QUIT) and frees the session. In a forked child it
 * frees nothing and sends nothing: the socket and TLS state are the
 * parent's. Accepts NULL. */
void mm_smtp_session_free(mm_smtp_session* session);

/* Sends one message: MAIL FROM:<mail_from> ("" = the null sender <>), one
 * RCPT TO per recipient, DATA with the raw message (CRLF line endings, no
 * bare CR or LF, no NUL, lines of at most 998 octets; dot-stuffing is done
 * here). Every recipient must be accepted: one refusal fails the whole send
 * before DATA, so a message is never delivered to only some of them.
 * Errors: MM_ERROR_INVALID_ARGUMENT for bad options, addresses or message
 * bytes (nothing sent); MM_ERROR_TRANSPORT (CONNECT, TLS, TIMEOUT,
 * CONNECTION_LOST, OTHER; outcome_unknown when the whole message had been
 * handed over without a final reply); MM_ERROR_PROVIDER when the server
 * answered 4xx (MM_PROVIDER_TRANSIENT) or 5xx (MM_PROVIDER_PERMANENT), with
 * status = the reply code, provider_code = the enhanced status code
 * ("5.1.1") when given and provider_message = the reply text. */
bool mm_smtp_send(mm_smtp_session* session, const mm_smtp_options* opts, const char* mail_from,
    const char* const* recipients, size_t recipient_count, const char* data, size_t len, mm_error* err);

/* Checks an envelope address for the wire: non-empty (unless allow_empty),
 * no control character, space, '<' or '>'. Fills err naming `what`. */
bool mm_smtp_check_address(const char* address, bool allow_empty, const char* what, mm_error* err);

/* Checks raw message bytes for the DATA phase (see mm_smtp_send). */
bool mm_smtp_check_data(const char* data, size_t len, mm_error* err);

/* Checks a `host` value (one host or a ';' list, as mm_smtp_options.host)
 * without connecting, so an adapter can reject it when configured. */
bool mm_smtp_check_hosts(const char* host, mm_error* err);

/* True when the calling process created the session (false after fork). */
bool mm_smtp_session_usable(const mm_smtp_session* session);

/* Connections this session opened so far (for tests and statistics). */
long mm_smtp_session_connections(const mm_smtp_session* session);

#endif
