/* The sendmail transport: runs a local sendmail-compatible binary with
 * posix_spawn and an argv array (never a shell), writes the raw message on
 * its standard input and judges its exit status (spec/adapters.md §4.8).
 *
 * The command line is: binary, its configured arguments, "-oi", "-f"
 * <sender> (only when the message has a From), "--", then each recipient as
 * its own argument. The original runs "sendmail -oi -t", which takes the
 * recipients from the To/Cc/Bcc headers; we pass them explicitly and never
 * "-t", so header content can neither add nor hide recipients, and "--"
 * guarantees that no address is ever read as an option. */
#ifndef MM_TRANSPORT_SENDMAIL_H
#define MM_TRANSPORT_SENDMAIL_H

#include <stdbool.h>
#include <stddef.h>

#include "mime.h"
#include "mm_error.h"

/* The binary used when php.ini's sendmail_path is unset or empty. */
#define MM_SENDMAIL_DEFAULT_BINARY "/usr/sbin/sendmail"
/* The original has no timeout at all; ours defaults to a minute. */
#define MM_SENDMAIL_DEFAULT_TIMEOUT_MS 60000L
/* How much of the child's stderr (and stdout) is kept for error messages;
 * the rest is read and dropped so the child never blocks on a full pipe. */
#define MM_SENDMAIL_CAPTURE_MAX 4096
/* After the timeout the child's process group gets SIGTERM, and SIGKILL if
 * it is still there this much later. */
#define MM_SENDMAIL_KILL_GRACE_MS 500L

typedef struct {
	/* The binary (an absolute path) followed by its own arguments. */
	const char* const* argv_prefix;
	size_t argc_prefix;
	/* Bound on the whole run (spawn to exit); <= 0 = the default. */
	long timeout_ms;
} mm_sendmail_config;

typedef struct {
	/* Exit status when the child exited, else -1. */
	int exit_status;
	/* The signal that ended the child, else 0. */
	int term_signal;
	/* The start of what the child wrote (NUL-terminated, may hold any byte). */
	char stderr_excerpt[MM_SENDMAIL_CAPTURE_MAX + 1];
	size_t stderr_len;
	char stdout_excerpt[MM_SENDMAIL_CAPTURE_MAX + 1];
	size_t stdout_len;
	/* How many bytes of the message the child read before it closed its
	 * standard input or exited. */
	size_t bytes_written;
} mm_sendmail_result;

/* Runs the command for env and writes msg on its standard input. Returns
 * true when the child read the whole message and exited with status 0.
 * Otherwise err is filled:
 * - MM_ERROR_INVALID_ARGUMENT: no binary, a binary that is not an absolute
 *   path, no recipient, or an address with a leading '-' or a NUL (the
 *   envelope builder already rejects those; checked again here);
 * - MM_ERROR_TRANSPORT / MM_TRANSPORT_CONNECT: the binary could not be
 *   started (missing, not executable);
 * - MM_ERROR_PROVIDER: a non-zero exit, status = exit code, code
 *   MM_PROVIDER_PERMANENT or MM_PROVIDER_TRANSIENT (EX_TEMPFAIL, EX_OSERR,
 *   EX_IOERR), the stderr excerpt as provider_message;
 * - MM_ERROR_TRANSPORT / MM_TRANSPORT_TIMEOUT (outcome_unknown): still
 *   running at the timeout, killed and reaped;
 * - MM_ERROR_TRANSPORT / MM_TRANSPORT_OTHER (outcome_unknown): killed by a
 *   signal, or exited 0 without reading the whole message.
 * The child is always reaped before returning. result may be NULL. */
bool mm_sendmail_send(const mm_sendmail_config* config, const mm_mime_envelope* env, const char* msg, size_t len,
    mm_sendmail_result* result, mm_error* err);

/* A command line split from a setting such as php.ini's sendmail_path. */
typedef struct {
	char** argv; /* argc strings followed by NULL */
	size_t argc;
} mm_sendmail_command;

/* Splits path on spaces and tabs into the binary and its arguments; quoting
 * is not supported (a binary whose path holds a space cannot be named this
 * way). A "-t" argument is dropped: recipients are always passed on the
 * command line, and with "-t" some sendmails would ignore them. An empty
 * path gives MM_SENDMAIL_DEFAULT_BINARY. Fails (MM_ERROR_INVALID_ARGUMENT)
 * on a NUL byte or a binary that is not an absolute path. Free with
 * mm_sendmail_command_free. */
bool mm_sendmail_command_parse(const char* path, size_t len, mm_sendmail_command* out, mm_error* err);
void mm_sendmail_command_free(mm_sendmail_command* cmd);

/* Fails (MM_ERROR_INVALID_ARGUMENT, naming `what`) unless path is a
 * non-empty absolute path without NUL bytes. */
bool mm_sendmail_check_binary(const char* path, size_t len, const char* what, mm_error* err);

#endif
