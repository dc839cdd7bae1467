/* The sendmail transport against fixtures/fake_sendmail.py: the exact argv
 * and stdin, exit statuses and their classes, stderr capture, a missing or
 * unusable binary, rejected addresses, the timeout (also with SIGTERM
 * ignored), a 1 MB message read slowly, a child that never reads stdin, a
 * child that floods stderr before reading, an orphan holding the pipes, no
 * zombie and no pending SIGPIPE afterwards; and sendmail_path splitting. */
#include "check.h"
#include "mm_alloc.h"
#include "transport_sendmail.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char fake[PATH_MAX];
static char tmpdir[] = "/tmp/mm_sendmail_XXXXXX";
static char out_prefix[PATH_MAX];

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The whole file, NUL-terminated, or NULL when it does not exist. */
static char* slurp(const char* suffix, size_t* len)
{
	char path[PATH_MAX + 16];
	FILE* f;
	char* data;
	long size;

	snprintf(path, sizeof(path), "%s%s", out_prefix, suffix);
	f = fopen(path, "rb");
	if (!f) {
		return NULL;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, 0, SEEK_SET);
	data = malloc((size_t)size + 1);
	*len = fread(data, 1, (size_t)size, f);
	data[*len] = '\0';
	fclose(f);
	return data;
}

static void forget_output(void)
{
	char path[PATH_MAX + 16];

	snprintf(path, sizeof(path), "%s.argv", out_prefix);
	unlink(path);
	snprintf(path, sizeof(path), "%s.stdin", out_prefix);
	unlink(path);
}

/* Resets the fake's behaviour to "read everything, exit 0". */
static void fake_defaults(void)
{
	const char* names[] = { "MM_FAKE_READ", "MM_FAKE_NOISE", "MM_FAKE_STDOUT", "MM_FAKE_STDERR", "MM_FAKE_SLEEP",
		"MM_FAKE_IGNORE_TERM", "MM_FAKE_ORPHAN", "MM_FAKE_EXIT" };

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		unsetenv(names[i]);
	}
	forget_output();
}

static bool no_children(void)
{
	int status;
	return waitpid(-1, &status, WNOHANG) == -1 && errno == ECHILD;
}

static bool sigpipe_pending(void)
{
	sigset_t pending;
	sigpending(&pending);
	return sigismember(&pending, SIGPIPE);
}

static char* rcpt_one[] = { "to@example.com" };
static char* rcpt_two[] = { "to@example.com", "cc@example.org" };

static mm_mime_envelope envelope(char* from, char** rcpts, size_t n)
{
	mm_mime_envelope env = { from, rcpts, n };
	return env;
}

static bool send_with(const char* const* prefix, size_t argc, long timeout_ms, const mm_mime_envelope* env,
    const char* msg, size_t len, mm_sendmail_result* res, mm_error* err)
{
	mm_sendmail_config config = { prefix, argc, timeout_ms };

	mm_error_clear(err);
	return mm_sendmail_send(&config, env, msg, len, res, err);
}

static bool send_fake(
    long timeout_ms, const mm_mime_envelope* env, const char* msg, size_t len, mm_sendmail_result* res, mm_error* err)
{
	const char* prefix[] = { fake };
	return send_with(prefix, 1, timeout_ms, env, msg, len, res, err);
}

static const char message[] = "From: a@example.com\nTo: to@example.com\nSubject: hi\n\n.\nbody\n";

static void test_argv_and_stdin(void)
{
	const char* prefix[] = { fake, "-X", "with space" };
	mm_mime_envelope env = envelope("from@example.com", rcpt_two, 2);
	mm_sendmail_result res;
	mm_error err;
	char want[PATH_MAX + 200];
	size_t len, want_len;
	char* got;

	fake_defaults();
	CHECK(send_with(prefix, 3, 10000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(res.exit_status == 0);
	CHECK(res.bytes_written == sizeof(message) - 1);
	want_len = (size_t)snprintf(want, sizeof(want),
	    "%s%c-X%cwith space%c-oi%c-f%cfrom@example.com%c--%c"
	    "to@example.com%ccc@example.org",
	    fake, 0, 0, 0, 0, 0, 0, 0, 0);
	got = slurp(".argv", &len);
	CHECK(got && len == want_len && memcmp(got, want, len) == 0);
	free(got);
	got = slurp(".stdin", &len);
	CHECK(got && len == sizeof(message) - 1 && memcmp(got, message, len) == 0);
	free(got);
	CHECK(no_children());

	/* No From: no -f at all. */
	fake_defaults();
	env = envelope("", rcpt_one, 1);
	CHECK(send_fake(10000, &env, message, sizeof(message) - 1, &res, &err));
	want_len = (size_t)snprintf(want, sizeof(want), "%s%c-oi%c--%cto@example.com", fake, 0, 0, 0);
	got = slurp(".argv", &len);
	CHECK(got && len == want_len && memcmp(got, want, len) == 0);
	free(got);
}

static void test_exit_status(void)
{
	mm_mime_envelope env = envelope("from@example.com", rcpt_one, 1);
	mm_sendmail_result res;
	mm_error err;

	fake_defaults();
	setenv("MM_FAKE_EXIT", "67", 1);
	setenv("MM_FAKE_STDERR", "to@example.com... User unknown\n", 1);
	CHECK(!send_fake(10000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_PERMANENT);
	CHECK(err.status == 67 && res.exit_status == 67);
	CHECK(strcmp(err.provider_code, "EX_NOUSER") == 0);
	CHECK(strcmp(err.provider_message, "to@example.com... User unknown") == 0);
	CHECK(strstr(err.message, "exited with status 67 (EX_NOUSER): 'to@example.com... User unknown'") != NULL);
	CHECK_BYTES(res.stderr_excerpt, res.stderr_len, "to@example.com... User unknown\n");

	fake_defaults();
	setenv("MM_FAKE_EXIT", "75", 1);
	setenv("MM_FAKE_STDOUT", "queue full\r\n", 1);
	CHECK(!send_fake(10000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_TRANSIENT && err.status == 75);
	CHECK(strstr(err.message, "(EX_TEMPFAIL): 'queue full'") != NULL);

	fake_defaults();
	setenv("MM_FAKE_EXIT", "1", 1);
	setenv("MM_FAKE_STDERR", "bad\x01thing", 1);
	CHECK(!send_fake(10000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_PERMANENT && err.status == 1);
	CHECK(err.provider_code[0] == '\0');
	CHECK(strstr(err.message, "exited with status 1: 'bad\\x01thing'") != NULL);

	fake_defaults();
	setenv("MM_FAKE_EXIT", "65", 1);
	CHECK(!send_fake(10000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.code == MM_PROVIDER_PERMANENT && strstr(err.message, "(EX_DATAERR): no message") != NULL);
	CHECK(no_children());
}

static void test_stderr_capture_bounded(void)
{
	mm_mime_envelope env = envelope("from@example.com", rcpt_one, 1);
	mm_sendmail_result res;
	mm_error err;

	/* 1 MB of stderr before the child reads a byte of our 1 MB: both pipes
	 * fill, and only a loop that reads while it writes gets through. */
	size_t big = 1 << 20;
	char* msg = malloc(big);
	memset(msg, 'x', big);
	fake_defaults();
	setenv("MM_FAKE_NOISE", "1048576", 1);
	setenv("MM_FAKE_EXIT", "2", 1);
	CHECK(!send_fake(20000, &env, msg, big, &res, &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.status == 2);
	CHECK(res.stderr_len == MM_SENDMAIL_CAPTURE_MAX);
	CHECK(res.bytes_written == big);
	free(msg);
	CHECK(no_children());
}

static void test_big_message_slow_reader(void)
{
	mm_mime_envelope env = envelope("from@example.com", rcpt_one, 1);
	mm_sendmail_result res;
	mm_error err;
	size_t big = 1 << 20, len;
	char* msg = malloc(big);
	char* got;

	for (size_t i = 0; i < big; i++) {
		msg[i] = (char)('a' + i % 26);
	}
	fake_defaults();
	setenv("MM_FAKE_READ", "slow", 1);
	CHECK(send_fake(30000, &env, msg, big, &res, &err));
	got = slurp(".stdin", &len);
	CHECK(got && len == big && memcmp(got, msg, big) == 0);
	free(got);
	free(msg);
	CHECK(no_children());
}

static void test_child_ignores_stdin(void)
{
	mm_mime_envelope env = envelope("from@example.com", rcpt_one, 1);
	mm_sendmail_result res;
	mm_error err;
	size_t big = 1 << 20;
	char* msg = malloc(big);

	memset(msg, 'y', big);
	fake_defaults();
	setenv("MM_FAKE_READ", "none", 1);
	CHECK(!send_fake(10000, &env, msg, big, &res, &err));
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_OTHER && err.outcome_unknown);
	CHECK(strstr(err.message, "exited before reading the whole message") != NULL);
	CHECK(res.bytes_written < big);
	CHECK(!sigpipe_pending());

	/* The exit status explains more than the broken pipe does. */
	fake_defaults();
	setenv("MM_FAKE_READ", "none", 1);
	setenv("MM_FAKE_EXIT", "78", 1);
	CHECK(!send_fake(10000, &env, msg, big, &res, &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.status == 78 && strcmp(err.provider_code, "EX_CONFIG") == 0);
	CHECK(!sigpipe_pending());
	free(msg);
	CHECK(no_children());
}

static void test_timeout(void)
{
	mm_mime_envelope env = envelope("from@example.com", rcpt_one, 1);
	mm_sendmail_result res;
	mm_error err;
	double start, took;

	fake_defaults();
	setenv("MM_FAKE_SLEEP", "30", 1);
	start = now_seconds();
	CHECK(!send_fake(700, &env, message, sizeof(message) - 1, &res, &err));
	took = now_seconds() - start;
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_TIMEOUT && err.outcome_unknown);
	CHECK(strstr(err.message, "did not finish within 700 ms") != NULL);
	CHECK(took >= 0.6 && took < 3.0);
	CHECK(no_children());

	/* SIGTERM ignored: SIGKILL after the grace period. */
	fake_defaults();
	setenv("MM_FAKE_SLEEP", "30", 1);
	setenv("MM_FAKE_IGNORE_TERM", "1", 1);
	start = now_seconds();
	CHECK(!send_fake(700, &env, message, sizeof(message) - 1, &res, &err));
	took = now_seconds() - start;
	CHECK(err.code == MM_TRANSPORT_TIMEOUT);
	CHECK(took >= 1.1 && took < 4.0);
	CHECK(no_children());
}

static void test_orphan_holding_pipes(void)
{
	mm_mime_envelope env = envelope("from@example.com", rcpt_one, 1);
	mm_sendmail_result res;
	mm_error err;
	double start;

	fake_defaults();
	setenv("MM_FAKE_ORPHAN", "1", 1);
	start = now_seconds();
	CHECK(send_fake(4000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(now_seconds() - start < 3.0);
	CHECK(no_children());
}

static void test_cannot_start(void)
{
	mm_mime_envelope env = envelope("from@example.com", rcpt_one, 1);
	const char* missing[] = { "/nonexistent/sbin/sendmail" };
	const char* relative[] = { "sendmail" };
	char plain[PATH_MAX];
	const char* not_exec[] = { plain };
	mm_sendmail_result res;
	mm_error err;
	FILE* f;

	CHECK(!send_with(missing, 1, 5000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_CONNECT && !err.outcome_unknown);
	CHECK(strcmp(err.message,
	          "sendmail binary '/nonexistent/sbin/sendmail' could not be started: No such file or directory") == 0);

	snprintf(plain, sizeof(plain), "%s/not-executable", tmpdir);
	f = fopen(plain, "w");
	fputs("#!/bin/sh\nexit 0\n", f);
	fclose(f);
	chmod(plain, 0644);
	CHECK(!send_with(not_exec, 1, 5000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_CONNECT);
	CHECK(strstr(err.message, "Permission denied") != NULL);
	unlink(plain);

	CHECK(!send_with(relative, 1, 5000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(strcmp(err.message, "The sendmail binary must be an absolute path, 'sendmail' given") == 0);

	CHECK(!send_with(missing, 0, 5000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(no_children());
}

static void test_rejected_addresses(void)
{
	char* dash[] = { "ok@example.com", "-oQ/tmp/x@example.com" };
	mm_mime_envelope env = envelope("from@example.com", dash, 2);
	mm_sendmail_result res;
	size_t len;
	mm_error err;

	fake_defaults();
	CHECK(!send_fake(5000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(strcmp(err.message,
	          "The recipient address '-oQ/tmp/x@example.com' cannot be passed to sendmail "
	          "(empty or starting with '-')") == 0);
	CHECK(slurp(".argv", &len) == NULL); /* never spawned */

	env = envelope("-X/tmp/log", rcpt_one, 1);
	CHECK(!send_fake(5000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && strstr(err.message, "sender address '-X/tmp/log'") != NULL);

	env = envelope("from@example.com", rcpt_one, 0);
	CHECK(!send_fake(5000, &env, message, sizeof(message) - 1, &res, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT &&
	    strcmp(err.message, "The message has no recipients (To or Cc)") == 0);
	CHECK(slurp(".argv", &len) == NULL);
}

static void check_command(const char* path, size_t argc, const char* const* want)
{
	mm_sendmail_command cmd;
	mm_error err;
	bool same;

	mm_error_clear(&err);
	CHECK(mm_sendmail_command_parse(path, strlen(path), &cmd, &err));
	same = cmd.argc == argc && cmd.argv[argc] == NULL;
	for (size_t i = 0; same && i < argc; i++) {
		same = strcmp(cmd.argv[i], want[i]) == 0;
	}
	if (!same) {
		fprintf(stderr, "command [%s] split differently\n", path);
	}
	CHECK(same);
	mm_sendmail_command_free(&cmd);
}

static void test_command_parse(void)
{
	const char* debian[] = { "/usr/sbin/sendmail", "-i" };
	const char* spaced[] = { "/opt/bin/sm", "-a", "b" };
	const char* plain[] = { MM_SENDMAIL_DEFAULT_BINARY };
	const char* dash_t_binary[] = { "/x/-t" };
	mm_sendmail_command cmd;
	mm_error err;

	check_command("/usr/sbin/sendmail -t -i", 2, debian);
	check_command("  /opt/bin/sm\t-a  b -t ", 3, spaced);
	check_command("", 1, plain);
	check_command("   ", 1, plain);
	check_command("/x/-t", 1, dash_t_binary);

	mm_error_clear(&err);
	CHECK(!mm_sendmail_command_parse("sendmail -t -i", 14, &cmd, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT &&
	    strcmp(err.message, "The sendmail_path setting's binary must be an absolute path, 'sendmail' given") == 0);
	CHECK(cmd.argv == NULL);
	mm_error_clear(&err);
	CHECK(!mm_sendmail_command_parse("/usr/sbin/sendmail\0 -x", 22, &cmd, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	mm_sendmail_command_free(NULL);

	mm_error_clear(&err);
	CHECK(mm_sendmail_check_binary("/usr/sbin/sendmail", 18, "Option 'binary'", &err));
	CHECK(!mm_sendmail_check_binary("", 0, "Option 'binary'", &err));
	CHECK(strcmp(err.message, "Option 'binary' must be an absolute path, '' given") == 0);
}

int main(void)
{
	if (!realpath("fixtures/fake_sendmail.py", fake) || !mkdtemp(tmpdir)) {
		fprintf(stderr, "setup failed\n");
		return 1;
	}
	snprintf(out_prefix, sizeof(out_prefix), "%s/run", tmpdir);
	setenv("MM_FAKE_OUT", out_prefix, 1);

	test_argv_and_stdin();
	test_exit_status();
	test_stderr_capture_bounded();
	test_big_message_slow_reader();
	test_child_ignores_stdin();
	test_timeout();
	test_orphan_holding_pipes();
	test_cannot_start();
	test_rejected_addresses();
	test_command_parse();

	fake_defaults();
	rmdir(tmpdir);
	CHECK(mm_alloc_live() == 0);
	return check_summary("transport_sendmail");
}
