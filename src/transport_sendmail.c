/* The sendmail transport (see transport_sendmail.h): posix_spawn with an
 * argv array, one poll() loop that feeds stdin and drains stdout/stderr so
 * neither side can block on a full pipe, a deadline that ends in SIGTERM then
 * SIGKILL of the child's process group, and a reaped child in every case. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* pipe2, posix_spawn_file_actions_addclosefrom_np */
#endif

#include "transport_sendmail.h"

#include "mm_alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- portable parts: the binary check and sendmail_path ------------------ */

bool mm_sendmail_check_binary(const char* path, size_t len, const char* what, mm_error* err)
{
	char quoted[160];

	if (len == 0 || memchr(path, '\0', len) != NULL || path[0] != '/') {
		mm_quote(quoted, sizeof(quoted), path, len);
		return mm_error_set(
		    err, MM_ERROR_INVALID_ARGUMENT, 0, "%s must be an absolute path, %s given", what, quoted);
	}
	return true;
}

/* ---- sendmail_path ------------------------------------------------------------ */

void mm_sendmail_command_free(mm_sendmail_command* cmd)
{
	if (!cmd) {
		return;
	}
	if (cmd->argv) {
		for (size_t i = 0; i < cmd->argc; i++) {
			mm_free(cmd->argv[i]);
		}
		mm_free(cmd->argv);
	}
	cmd->argv = NULL;
	cmd->argc = 0;
}

static bool command_push(mm_sendmail_command* cmd, const char* s, size_t len)
{
	char* copy = mm_strndup(s, len);

	if (!copy) {
		return false;
	}
	cmd->argv[cmd->argc++] = copy;
	cmd->argv[cmd->argc] = NULL;
	return true;
}

bool mm_sendmail_command_parse(const char* path, size_t len, mm_sendmail_command* out, mm_error* err)
{
	size_t i = 0, words = 0;

	out->argv = NULL;
	out->argc = 0;
	if (memchr(path, '\0', len) != NULL) {
		return mm_sendmail_check_binary(path, len, "The sendmail_path setting's binary", err);
	}
	for (size_t j = 0; j < len; j++) {
		words += (path[j] != ' ' && path[j] != '\t') && (j == 0 || path[j - 1] == ' ' || path[j - 1] == '\t');
	}
	out->argv = mm_calloc(words + 2, sizeof(char*));
	if (!out->argv) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	while (i < len) {
		size_t start;

		while (i < len && (path[i] == ' ' || path[i] == '\t')) {
			i++;
		}
		start = i;
		while (i < len && path[i] != ' ' && path[i] != '\t') {
			i++;
		}
		if (i == start) {
			break;
		}
		if (out->argc > 0 && i - start == 2 && memcmp(path + start, "-t", 2) == 0) {
			continue; /* recipients come from our argv, never from the headers */
		}
		if (out->argc == 0 &&
		    !mm_sendmail_check_binary(path + start, i - start, "The sendmail_path setting's binary", err)) {
			mm_sendmail_command_free(out);
			return false;
		}
		if (!command_push(out, path + start, i - start)) {
			mm_sendmail_command_free(out);
			return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
		}
	}
	if (out->argc == 0 && !command_push(out, MM_SENDMAIL_DEFAULT_BINARY, strlen(MM_SENDMAIL_DEFAULT_BINARY))) {
		mm_sendmail_command_free(out);
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	return true;
}

#ifdef _WIN32

bool mm_sendmail_send(const mm_sendmail_config* config, const mm_mime_envelope* env, const char* msg, size_t len,
    mm_sendmail_result* result, mm_error* err)
{
	if (result) {
		memset(result, 0, sizeof(*result));
		result->exit_status = -1;
	}
	return mm_error_set(
	    err, MM_ERROR_TRANSPORT, MM_TRANSPORT_CONNECT, "The sendmail transport needs a POSIX system");
}

#else /* the POSIX implementation, to the end of the file */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char** environ;

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
#define MM_HAVE_ADDCLOSEFROM 1
#endif

/* How long one poll() may sleep: the child may exit while a grandchild
 * (postfix's postdrop, say) keeps our pipes open, so waitpid is asked again
 * at this interval instead of waiting for an end-of-file that never comes. */
#define POLL_SLICE_MS 100
#define WRITE_CHUNK 65536

/* ---- small helpers -------------------------------------------------------- */

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
	}
}

static void close_fd(int* fd)
{
	if (*fd >= 0) {
		close(*fd);
		*fd = -1;
	}
}

/* A pipe whose two ends are close-on-exec and numbered 3 or above, so that
 * dup2 onto 0, 1 or 2 in the child never meets an fd that is already there
 * (dup2 of an fd onto itself would keep its close-on-exec flag). */
static bool make_pipe(int fds[2])
{
	int raw[2];

	if (pipe2(raw, O_CLOEXEC) != 0) {
		return false;
	}
	for (int i = 0; i < 2; i++) {
		if (raw[i] < 3) {
			int moved = fcntl(raw[i], F_DUPFD_CLOEXEC, 3);

			close(raw[i]);
			raw[i] = moved;
		}
	}
	if (raw[0] < 0 || raw[1] < 0) {
		close_fd(&raw[0]);
		close_fd(&raw[1]);
		return false;
	}
	fds[0] = raw[0];
	fds[1] = raw[1];
	return true;
}

static void set_nonblocking(int fd)
{
	int flags = fcntl(fd, F_GETFL);

	if (flags >= 0) {
		fcntl(fd, F_SETFL, flags | O_NONBLOCK);
	}
}

/* The child must not inherit PHP's sockets or files: close every fd from 3
 * up after the dup2 actions. */
static void add_close_others(posix_spawn_file_actions_t* fa)
{
#ifdef MM_HAVE_ADDCLOSEFROM
	posix_spawn_file_actions_addclosefrom_np(fa, 3);
#else
	DIR* dir = opendir("/proc/self/fd");
	struct dirent* entry;

	if (!dir) {
		return; /* only our own pipes are certain to be close-on-exec then */
	}
	while ((entry = readdir(dir)) != NULL) {
		char* end;
		long fd = strtol(entry->d_name, &end, 10);

		if (*end == '\0' && end != entry->d_name && fd >= 3 && fd != dirfd(dir) && fd <= INT_MAX) {
			posix_spawn_file_actions_addclose(fa, (int)fd);
		}
	}
	closedir(dir);
#endif
}

static const char* sysexits_name(int status)
{
	static const char* const names[] = { "EX_USAGE", "EX_DATAERR", "EX_NOINPUT", "EX_NOUSER", "EX_NOHOST",
		"EX_UNAVAILABLE", "EX_SOFTWARE", "EX_OSERR", "EX_OSFILE", "EX_CANTCREAT", "EX_IOERR", "EX_TEMPFAIL",
		"EX_PROTOCOL", "EX_NOPERM", "EX_CONFIG" };

	return status >= 64 && status <= 78 ? names[status - 64] : NULL;
}

/* sysexits.h: only a temporary failure, or the local system's own trouble
 * (cannot fork, I/O error), is worth another try with the same message. */
static bool exit_is_transient(int status) { return status == 75 || status == 71 || status == 74; }

static size_t trimmed_len(const char* s, size_t len)
{
	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == ' ' || s[len - 1] == '\t')) {
		len--;
	}
	return len;
}

/* ---- checks --------------------------------------------------------------- */

static bool check_address(const char* address, const char* what, mm_error* err)
{
	char quoted[160];

	/* After "--" nothing is an option; refusing '-' too keeps a mistake in
	 * the envelope builder from ever reaching a sendmail that parses
	 * arguments its own way. */
	if (address[0] == '\0' || address[0] == '-') {
		mm_quote(quoted, sizeof(quoted), address, strlen(address));
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "The %s address %s cannot be passed to sendmail (empty or starting with '-')", what, quoted);
	}
	return true;
}

static bool check_request(const mm_sendmail_config* config, const mm_mime_envelope* env, mm_error* err)
{
	if (config->argc_prefix == 0 || config->argv_prefix == NULL || config->argv_prefix[0] == NULL) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "No sendmail binary was configured");
	}
	if (!mm_sendmail_check_binary(
	        config->argv_prefix[0], strlen(config->argv_prefix[0]), "The sendmail binary", err)) {
		return false;
	}
	if (env->recipient_count == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "The message has no recipients (To or Cc)");
	}
	if (env->mail_from && env->mail_from[0] != '\0' && !check_address(env->mail_from, "sender", err)) {
		return false;
	}
	for (size_t i = 0; i < env->recipient_count; i++) {
		if (!env->recipients[i]) {
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "A recipient is missing");
		}
		if (!check_address(env->recipients[i], "recipient", err)) {
			return false;
		}
	}
	return true;
}

/* binary, its arguments, -oi, [-f sender], --, recipients, NULL. */
static char** build_argv(const mm_sendmail_config* config, const mm_mime_envelope* env)
{
	size_t n = 0, count = config->argc_prefix + 5 + env->recipient_count;
	char** argv = mm_calloc(count, sizeof(char*));

	if (!argv) {
		return NULL;
	}
	/* posix_spawn takes char* const[], but never writes through them. */
	for (size_t i = 0; i < config->argc_prefix; i++) {
		argv[n++] = (char*)config->argv_prefix[i];
	}
	argv[n++] = (char*)"-oi";
	if (env->mail_from && env->mail_from[0] != '\0') {
		argv[n++] = (char*)"-f";
		argv[n++] = env->mail_from;
	}
	argv[n++] = (char*)"--";
	for (size_t i = 0; i < env->recipient_count; i++) {
		argv[n++] = env->recipients[i];
	}
	argv[n] = NULL;
	return argv;
}

/* ---- the child's I/O ---------------------------------------------------- */

typedef struct {
	pid_t pid;
	int in_fd, out_fd, err_fd;
	const char* msg;
	size_t len;
	size_t written;
	bool broken_pipe; /* the child closed stdin before reading everything */
	bool reaped;
	int status;
	bool status_lost; /* waitpid said ECHILD: somebody else reaped it */
	mm_sendmail_result* result;
} child_io;

/* waitpid without blocking; true once the child is reaped (or lost). */
static bool try_reap(child_io* io, int flags)
{
	pid_t r;

	if (io->reaped) {
		return true;
	}
	do {
		r = waitpid(io->pid, &io->status, flags);
	} while (r == -1 && errno == EINTR);
	if (r == io->pid) {
		io->reaped = true;
	} else if (r == -1) {
		/* SIGCHLD set to SIG_IGN, or a handler that waits for any child. */
		io->reaped = true;
		io->status_lost = true;
	}
	return io->reaped;
}

/* Reads what is there; keeps the first MM_SENDMAIL_CAPTURE_MAX bytes. */
static void drain(int* fd, char* capture, size_t* captured)
{
	char chunk[16384];

	for (;;) {
		ssize_t n = read(*fd, chunk, sizeof(chunk));

		if (n > 0) {
			size_t room = MM_SENDMAIL_CAPTURE_MAX - *captured;
			size_t take = (size_t)n < room ? (size_t)n : room;

			memcpy(capture + *captured, chunk, take);
			*captured += take;
			capture[*captured] = '\0';
			continue;
		}
		if (n == -1 && errno == EINTR) {
			continue;
		}
		if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
			close_fd(fd);
		}
		return;
	}
}

static void feed(child_io* io)
{
	while (io->written < io->len) {
		size_t want = io->len - io->written;
		ssize_t n = write(io->in_fd, io->msg + io->written, want < WRITE_CHUNK ? want : WRITE_CHUNK);

		if (n > 0) {
			io->written += (size_t)n;
			continue;
		}
		if (n == -1 && errno == EINTR) {
			continue;
		}
		if (n == -1 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			return;
		}
		io->broken_pipe = true; /* EPIPE, or any other reason the pipe is gone */
		break;
	}
	/* All written (or no reader): end-of-file tells sendmail the message is complete. */
	close_fd(&io->in_fd);
}

/* Feeds and drains until the child closed its pipes or exited, or the
 * deadline; false on the deadline. */
static bool pump(child_io* io, long long deadline)
{
	mm_sendmail_result* r = io->result;

	if (io->len == 0) {
		close_fd(&io->in_fd);
	}
	while (io->in_fd >= 0 || io->out_fd >= 0 || io->err_fd >= 0) {
		struct pollfd pfd[3];
		int n = 0, in_i = -1, out_i = -1, err_i = -1, ready;
		long long left = deadline - now_ms();

		if (left <= 0) {
			return false;
		}
		if (io->in_fd >= 0) {
			pfd[n] = (struct pollfd){ io->in_fd, POLLOUT, 0 };
			in_i = n++;
		}
		if (io->out_fd >= 0) {
			pfd[n] = (struct pollfd){ io->out_fd, POLLIN, 0 };
			out_i = n++;
		}
		if (io->err_fd >= 0) {
			pfd[n] = (struct pollfd){ io->err_fd, POLLIN, 0 };
			err_i = n++;
		}
		ready = poll(pfd, (nfds_t)n, left < POLL_SLICE_MS ? (int)left : POLL_SLICE_MS);
		if (ready < 0) {
			if (errno == EINTR) {
				continue;
			}
			return false;
		}
		if (ready == 0) {
			if (try_reap(io, WNOHANG)) {
				/* Exited; whoever still holds the pipes is not our child. */
				if (io->out_fd >= 0) {
					drain(&io->out_fd, r->stdout_excerpt, &r->stdout_len);
				}
				if (io->err_fd >= 0) {
					drain(&io->err_fd, r->stderr_excerpt, &r->stderr_len);
				}
				if (io->in_fd >= 0) {
					io->broken_pipe = io->written < io->len;
				}
				close_fd(&io->in_fd);
				close_fd(&io->out_fd);
				close_fd(&io->err_fd);
			}
			continue;
		}
		if (in_i >= 0 && pfd[in_i].revents) {
			feed(io);
		}
		if (out_i >= 0 && pfd[out_i].revents) {
			drain(&io->out_fd, r->stdout_excerpt, &r->stdout_len);
		}
		if (err_i >= 0 && pfd[err_i].revents) {
			drain(&io->err_fd, r->stderr_excerpt, &r->stderr_len);
		}
	}
	return true;
}

/* Waits for the exit until the deadline; false on the deadline. */
static bool wait_exit(child_io* io, long long deadline)
{
	while (!try_reap(io, WNOHANG)) {
		long long left = deadline - now_ms();

		if (left <= 0) {
			return false;
		}
		sleep_ms(left < 10 ? (long)left : 10);
	}
	return true;
}

/* SIGTERM to the whole process group, SIGKILL after the grace period, and a
 * blocking waitpid: no zombie is left behind. */
static void kill_and_reap(child_io* io)
{
	if (io->reaped) {
		return;
	}
	kill(-io->pid, SIGTERM);
	if (wait_exit(io, now_ms() + MM_SENDMAIL_KILL_GRACE_MS)) {
		return;
	}
	kill(-io->pid, SIGKILL);
	kill(io->pid, SIGKILL);
	try_reap(io, 0);
}

/* ---- judging the outcome ---------------------------------------------------- */

static bool judge(const mm_sendmail_config* config, child_io* io, bool timed_out, long timeout_ms, mm_error* err)
{
	mm_sendmail_result* r = io->result;
	const char* binary = config->argv_prefix[0];
	char qbinary[160], qtext[160];
	const char* text;
	size_t text_len;

	mm_quote(qbinary, sizeof(qbinary), binary, strlen(binary));
	r->bytes_written = io->written;
	if (timed_out) {
		mm_error_set(err, MM_ERROR_TRANSPORT, MM_TRANSPORT_TIMEOUT,
		    "sendmail %s did not finish within %ld ms and was killed", qbinary, timeout_ms);
		err->outcome_unknown = true;
		return false;
	}
	if (io->status_lost) {
		mm_error_set(err, MM_ERROR_TRANSPORT, MM_TRANSPORT_OTHER,
		    "The exit status of sendmail %s was lost (SIGCHLD is ignored or reaped elsewhere)", qbinary);
		err->outcome_unknown = true;
		return false;
	}
	if (WIFSIGNALED(io->status)) {
		r->term_signal = WTERMSIG(io->status);
		mm_error_set(err, MM_ERROR_TRANSPORT, MM_TRANSPORT_OTHER, "sendmail %s was killed by signal %d",
		    qbinary, r->term_signal);
		err->outcome_unknown = true;
		return false;
	}
	r->exit_status = WIFEXITED(io->status) ? WEXITSTATUS(io->status) : -1;
	if (r->exit_status != 0) {
		const char* name = sysexits_name(r->exit_status);

		/* Most sendmails explain on stderr; fall back to stdout. */
		text = r->stderr_len ? r->stderr_excerpt : r->stdout_excerpt;
		text_len = trimmed_len(text, r->stderr_len ? r->stderr_len : r->stdout_len);
		mm_quote(qtext, sizeof(qtext), text, text_len);
		mm_error_set(err, MM_ERROR_PROVIDER,
		    exit_is_transient(r->exit_status) ? MM_PROVIDER_TRANSIENT : MM_PROVIDER_PERMANENT,
		    "sendmail %s exited with status %d%s%s%s: %s", qbinary, r->exit_status, name ? " (" : "",
		    name ? name : "", name ? ")" : "", text_len ? qtext : "no message");
		err->status = r->exit_status;
		if (name) {
			snprintf(err->provider_code, sizeof(err->provider_code), "%s", name);
		}
		if (text_len >= sizeof(err->provider_message)) {
			text_len = sizeof(err->provider_message) - 1;
		}
		memcpy(err->provider_message, text, text_len);
		err->provider_message[text_len] = '\0';
		return false;
	}
	if (io->broken_pipe) {
		mm_error_set(err, MM_ERROR_TRANSPORT, MM_TRANSPORT_OTHER,
		    "sendmail %s exited before reading the whole message (%zu of %zu bytes)", qbinary, io->written,
		    io->len);
		err->outcome_unknown = true;
		return false;
	}
	return true;
}

/* ---- the send --------------------------------------------------------------- */

static int spawn_child(const mm_sendmail_config* config, char** argv, int in[2], int out[2], int errp[2], pid_t* pid)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none, all;
	int rc;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], 0);
	posix_spawn_file_actions_adddup2(&fa, out[1], 1);
	posix_spawn_file_actions_adddup2(&fa, errp[1], 2);
	add_close_others(&fa);

	/* Default dispositions and no blocked signal: PHP may ignore SIGPIPE or
	 * block signals, and both would survive the exec. Its own process group
	 * lets a timeout kill whatever sendmail forked too. */
	posix_spawnattr_init(&attr);
	sigemptyset(&none);
	sigfillset(&all);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &all);
	posix_spawnattr_setpgroup(&attr, 0);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);

	rc = posix_spawn(pid, config->argv_prefix[0], &fa, &attr, argv, environ);

	posix_spawnattr_destroy(&attr);
	posix_spawn_file_actions_destroy(&fa);
	return rc;
}

bool mm_sendmail_send(const mm_sendmail_config* config, const mm_mime_envelope* env, const char* msg, size_t len,
    mm_sendmail_result* result, mm_error* err)
{
	mm_sendmail_result scratch;
	int in[2] = { -1, -1 }, out[2] = { -1, -1 }, errp[2] = { -1, -1 };
	long timeout_ms = config->timeout_ms > 0 ? config->timeout_ms : MM_SENDMAIL_DEFAULT_TIMEOUT_MS;
	child_io io;
	char** argv = NULL;
	sigset_t pipe_set, old_mask, pending;
	bool sigpipe_was_pending, finished, ok = false;
	long long deadline;
	int rc;

	if (!result) {
		result = &scratch;
	}
	memset(result, 0, sizeof(*result));
	result->exit_status = -1;
	if (!check_request(config, env, err)) {
		return false;
	}
	argv = build_argv(config, env);
	if (!argv) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	if (!make_pipe(in) || !make_pipe(out) || !make_pipe(errp)) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "Could not create pipes for sendmail: %s", strerror(errno));
		goto cleanup;
	}

	memset(&io, 0, sizeof(io));
	deadline = now_ms() + timeout_ms;
	/* posix_spawn reports these too, but only after creating a child that
	 * then fails to exec; asking first spares that (and under valgrind a
	 * copy of the whole process that exits without cleaning up). */
	rc = faccessat(AT_FDCWD, config->argv_prefix[0], X_OK, AT_EACCESS) == 0 ? 0 : errno;
	if (rc == 0) {
		rc = spawn_child(config, argv, in, out, errp, &io.pid);
	}
	if (rc != 0) {
		char quoted[160];

		mm_quote(quoted, sizeof(quoted), config->argv_prefix[0], strlen(config->argv_prefix[0]));
		mm_error_set(err, MM_ERROR_TRANSPORT, MM_TRANSPORT_CONNECT,
		    "sendmail binary %s could not be started: %s", quoted, strerror(rc));
		goto cleanup;
	}
	close_fd(&in[0]);
	close_fd(&out[1]);
	close_fd(&errp[1]);
	io.in_fd = in[1];
	io.out_fd = out[0];
	io.err_fd = errp[0];
	in[1] = out[0] = errp[0] = -1;
	io.msg = msg;
	io.len = len;
	io.result = result;
	set_nonblocking(io.in_fd);
	set_nonblocking(io.out_fd);
	set_nonblocking(io.err_fd);

	/* A write to a pipe whose reader is gone raises SIGPIPE, which would
	 * kill PHP: block it in this thread while writing, and take back the one
	 * our own EPIPE raised so it is not delivered later. */
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	sigpending(&pending);
	sigpipe_was_pending = sigismember(&pending, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old_mask);
	finished = pump(&io, deadline);
	if (io.broken_pipe && !sigpipe_was_pending) {
		struct timespec zero = { 0, 0 };

		while (sigtimedwait(&pipe_set, NULL, &zero) == -1 && errno == EINTR) {
		}
	}
	pthread_sigmask(SIG_SETMASK, &old_mask, NULL);

	close_fd(&io.in_fd);
	close_fd(&io.out_fd);
	close_fd(&io.err_fd);
	if (finished) {
		finished = wait_exit(&io, deadline);
	}
	if (!finished) {
		kill_and_reap(&io);
	}
	ok = judge(config, &io, !finished, timeout_ms, err);

cleanup:
	close_fd(&in[0]);
	close_fd(&in[1]);
	close_fd(&out[0]);
	close_fd(&out[1]);
	close_fd(&errp[0]);
	close_fd(&errp[1]);
	mm_free(argv);
	return ok;
}

#endif /* _WIN32 */
