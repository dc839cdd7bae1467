/* The SMTP transport against fixtures/smtp_server.py on 127.0.0.1: plain,
 * STARTTLS with AUTH and implicit TLS (a throwaway self-signed certificate
 * from the openssl CLI), connection reuse and transparent reconnects, every
 * refusal stage, drops and stalls, and envelope/body injection attempts that
 * must never reach the wire. */
#include "check.h"
#include "mm_alloc.h"
#include "transport_smtp.h"

#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

extern char** environ;

#define SERVER_SCRIPT "fixtures/smtp_server.py"
#define PASSWORD "s3cret-Pa55"

typedef struct {
	pid_t pid;
	int port;
	char log[256];
} server;

static char tmpdir[] = "/tmp/mm_smtp_XXXXXX";
static char cert[300], key[300], other_cert[300], other_key[300];
static int log_serial;

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static bool run_quiet(char* const argv[])
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int status = 0;
	bool ok;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	ok = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) == 0;
	posix_spawn_file_actions_destroy(&fa);
	return ok && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* A self-signed certificate for 127.0.0.1, used directly as the trust anchor. */
static bool make_cert(char* crt, char* k, const char* name)
{
	char subj[64];
	char* argv[] = { "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
		"-nodes", "-days", "2", "-subj", subj, "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
		"-keyout", k, "-out", crt, NULL };

	snprintf(subj, sizeof(subj), "/CN=metamta smtp %s", name);
	snprintf(crt, 300, "%s/%s.pem", tmpdir, name);
	snprintf(k, 300, "%s/%s.key", tmpdir, name);
	return run_quiet(argv);
}

/* Starts the fixture with extra flags (NULL-terminated) and reads its port. */
static server start(const char* flag, ...)
{
	server s = { 0, 0, "" };
	char* argv[24];
	int n = 0, fds[2];
	posix_spawn_file_actions_t fa;
	va_list ap;
	char line[64];
	ssize_t got;
	size_t used = 0;

	snprintf(s.log, sizeof(s.log), "%s/log%d", tmpdir, ++log_serial);
	close(open(s.log, O_CREAT | O_WRONLY | O_TRUNC, 0600));
	argv[n++] = "/usr/bin/python3";
	argv[n++] = SERVER_SCRIPT;
	argv[n++] = s.log;
	va_start(ap, flag);
	for (; flag && n < 22; flag = va_arg(ap, const char*)) {
		argv[n++] = (char*)flag;
	}
	va_end(ap);
	argv[n] = NULL;
	if (pipe(fds) != 0) {
		return s;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
	posix_spawn_file_actions_addclose(&fa, fds[0]);
	if (posix_spawn(&s.pid, argv[0], &fa, NULL, argv, environ) != 0) {
		s.pid = 0;
	}
	posix_spawn_file_actions_destroy(&fa);
	close(fds[1]);
	while (s.pid && used < sizeof(line) - 1 && (got = read(fds[0], line + used, sizeof(line) - 1 - used)) > 0) {
		used += (size_t)got;
		if (memchr(line, '\n', used)) {
			break;
		}
	}
	line[used] = '\0';
	close(fds[0]);
	if (sscanf(line, "PORT %d", &s.port) != 1) {
		fprintf(stderr, "smtp fixture did not start: [%s]\n", line);
	}
	return s;
}

static void stop(server* s)
{
	if (s->pid > 0) {
		kill(s->pid, SIGKILL);
		waitpid(s->pid, NULL, 0);
	}
	s->pid = 0;
}

/* The fixture's log so far (the caller frees it). */
static char* read_log(const server* s)
{
	FILE* f = fopen(s->log, "rb");
	char* text = calloc(1, 1 << 20);
	size_t n;

	if (f && text) {
		n = fread(text, 1, (1 << 20) - 1, f);
		text[n] = '\0';
	}
	if (f) {
		fclose(f);
	}
	return text;
}

static bool log_has(const server* s, const char* needle)
{
	char* text = read_log(s);
	bool found = text && strstr(text, needle) != NULL;

	free(text);
	return found;
}

static int log_count(const server* s, const char* needle)
{
	char* text = read_log(s);
	int n = 0;
	const char* p = text;

	while (p && (p = strstr(p, needle)) != NULL) {
		n++;
		p += strlen(needle);
	}
	free(text);
	return n;
}

static const char* const two_rcpts[] = { "bob@example.com", "carol@example.org" };
static const char message[] = "From: alice@example.com\r\nSubject: hi\r\n\r\nline one\r\n.dot line\r\n";

static void options_for(mm_smtp_options* o, const server* s, char* host, size_t size)
{
	mm_smtp_options_init(o);
	snprintf(host, size, "127.0.0.1:%d", s->port);
	o->host = host;
	o->timeout_ms = 5000;
}

static bool send_msg(mm_smtp_session* session, const mm_smtp_options* o, mm_error* err)
{
	return mm_smtp_send(session, o, "alice@example.com", two_rcpts, 2, message, strlen(message), err);
}

static void test_plain_and_reuse(void)
{
	server s = start("--max-messages", "100", NULL);
	mm_smtp_session* session = mm_smtp_session_new();
	mm_smtp_options o;
	char host[64];
	mm_error err;
	int i;

	options_for(&o, &s, host, sizeof(host));
	for (i = 0; i < 5; i++) {
		CHECK(send_msg(session, &o, &err));
	}
	CHECK(mm_smtp_session_connections(session) == 1);
	CHECK(log_count(&s, "+ connect") == 1);
	CHECK(log_has(&s, "1> MAIL FROM:<alice@example.com>"));
	CHECK(log_has(&s, "1> RCPT TO:<bob@example.com>\n1> RCPT TO:<carol@example.org>\n1> DATA"));
	/* Dot-stuffed on the wire, unstuffed by the server; no extra empty lines. */
	CHECK(log_has(&s, "1= From: alice@example.com\\r\\nSubject: hi\\r\\n\\r\\nline one\\r\\n.dot line\\r\\n\n"));
	CHECK(log_count(&s, "1= ") == 5);
	mm_smtp_session_free(session);
	/* Freeing the session says goodbye. */
	CHECK(log_has(&s, "1> QUIT"));
	stop(&s);
}

static void test_reconnects(void)
{
	const char* modes[][3] = { { "--close-after-each", NULL, NULL }, { "--max-messages", "2", NULL },
		{ "--idle-close", NULL, NULL } };
	size_t m;

	for (m = 0; m < sizeof(modes) / sizeof(modes[0]); m++) {
		server s = start(modes[m][0], modes[m][1], NULL);
		mm_smtp_session* session = mm_smtp_session_new();
		mm_smtp_options o;
		char host[64];
		mm_error err;
		int i, ok = 0;

		options_for(&o, &s, host, sizeof(host));
		for (i = 0; i < 4; i++) {
			if (m == 2) {
				usleep(500 * 1000);
			}
			ok += send_msg(session, &o, &err);
			if (err.domain) {
				fprintf(stderr, "mode %zu send %d: %s\n", m, i, err.message);
			}
		}
		CHECK(ok == 4);
		CHECK(log_count(&s, "= From:") == 4);
		CHECK(mm_smtp_session_connections(session) >= 2);
		mm_smtp_session_free(session);
		stop(&s);
	}
}

static void test_refusals(void)
{
	server s = start("--reject", "carol@example.org", "--tempfail", "temp@example.org", NULL);
	mm_smtp_session* session = mm_smtp_session_new();
	const char* const temp[] = { "bob@example.com", "temp@example.org" };
	mm_smtp_options o;
	char host[64];
	mm_error err;

	options_for(&o, &s, host, sizeof(host));
	CHECK(!send_msg(session, &o, &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_PERMANENT && err.status == 550);
	CHECK(strstr(err.message, "recipient 'carol@example.org' (RCPT TO)") != NULL);
	CHECK(strcmp(err.provider_code, "5.1.1") == 0);
	CHECK(strstr(err.provider_message, "Recipient address rejected") != NULL);
	CHECK(!log_has(&s, "> DATA"));

	CHECK(!mm_smtp_send(session, &o, "alice@example.com", temp, 2, message, strlen(message), &err));
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_TRANSIENT && err.status == 451);
	CHECK(strstr(err.message, "'temp@example.org'") != NULL);

	/* The session stays usable after a refusal. */
	CHECK(mm_smtp_send(session, &o, "alice@example.com", temp, 1, message, strlen(message), &err));
	mm_smtp_session_free(session);
	stop(&s);
}

static void test_data_refusals(void)
{
	const char* modes[] = { "--data-cmd-fail", "--data-reject" };
	const char* stage[] = { "the DATA command", "the message after DATA" };
	size_t m;

	for (m = 0; m < 2; m++) {
		server s = start(modes[m], NULL);
		mm_smtp_session* session = mm_smtp_session_new();
		mm_smtp_options o;
		char host[64];
		mm_error err;

		options_for(&o, &s, host, sizeof(host));
		CHECK(!send_msg(session, &o, &err));
		CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_PERMANENT && err.status == 554);
		CHECK(strstr(err.message, stage[m]) != NULL);
		/* Refused is refused: no second attempt. */
		CHECK(log_count(&s, "> MAIL FROM") == 1);
		mm_smtp_session_free(session);
		stop(&s);
	}
}

static void test_drops_and_stalls(void)
{
	server drop = start("--drop-after-data", NULL);
	server stall = start("--stall-after-data", NULL);
	server mute = start("--stall-greeting", NULL);
	mm_smtp_session* session = mm_smtp_session_new();
	mm_smtp_options o;
	char host[64];
	mm_error err;
	double t0;

	options_for(&o, &drop, host, sizeof(host));
	CHECK(!send_msg(session, &o, &err));
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_CONNECTION_LOST && err.outcome_unknown);
	/* Never resent once the message went out. */
	CHECK(log_count(&drop, "> DATA") == 1);

	options_for(&o, &stall, host, sizeof(host));
	o.timeout_ms = 600;
	t0 = now_seconds();
	CHECK(!send_msg(session, &o, &err));
	CHECK(now_seconds() - t0 < 3.0);
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_TIMEOUT && err.outcome_unknown);

	options_for(&o, &mute, host, sizeof(host));
	o.timeout_ms = 600;
	t0 = now_seconds();
	CHECK(!send_msg(session, &o, &err));
	CHECK(now_seconds() - t0 < 3.0);
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_TIMEOUT && !err.outcome_unknown);
	mm_smtp_session_free(session);
	stop(&drop);
	stop(&stall);
	stop(&mute);
}

static void test_connect_and_host_list(void)
{
	server s = start(NULL);
	server gone = start(NULL);
	mm_smtp_session* session = mm_smtp_session_new();
	mm_smtp_options o;
	char host[128];
	mm_error err;

	stop(&gone); /* its port now refuses connections */
	mm_smtp_options_init(&o);
	o.timeout_ms = 5000;
	snprintf(host, sizeof(host), "127.0.0.1:%d", gone.port);
	o.host = host;
	CHECK(!send_msg(session, &o, &err));
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_CONNECT && !err.outcome_unknown);

	/* The next host of a list is tried when one cannot be reached. */
	snprintf(host, sizeof(host), "127.0.0.1:%d; 127.0.0.1", gone.port);
	o.port = s.port;
	CHECK(send_msg(session, &o, &err));
	CHECK(send_msg(session, &o, &err));
	CHECK(log_count(&s, "+ connect") == 1);
	mm_smtp_session_free(session);
	stop(&s);
}

static void test_tls(void)
{
	server starttls = start("--tls", cert, key, "--auth", "user:" PASSWORD, NULL);
	server implicit = start("--tls", cert, key, "--implicit", NULL);
	server plain = start(NULL);
	mm_smtp_session* session = mm_smtp_session_new();
	mm_smtp_options o;
	char host[64];
	mm_error err;

	options_for(&o, &starttls, host, sizeof(host));
	o.protocol = MM_SMTP_STARTTLS;
	o.cainfo = cert;
	o.user = "user";
	o.password = PASSWORD;
	CHECK(send_msg(session, &o, &err));
	CHECK(log_has(&starttls, "1> STARTTLS\n1> EHLO localhost\n1> AUTH ***"));
	CHECK(send_msg(session, &o, &err));
	CHECK(log_count(&starttls, "+ connect") == 1);

	/* Changed credentials never ride on the connection the old ones opened. */
	o.password = "wrong-" PASSWORD;
	CHECK(!send_msg(session, &o, &err));
	CHECK(log_count(&starttls, "+ connect") == 2);
	CHECK(err.domain == MM_ERROR_PROVIDER && err.code == MM_PROVIDER_PERMANENT && err.status == 535);
	CHECK(strstr(err.message, "login") != NULL && strstr(err.message, PASSWORD) == NULL);
	CHECK(strstr(err.provider_message, PASSWORD) == NULL);

	/* A certificate the client does not trust. */
	o.password = PASSWORD;
	o.cainfo = other_cert;
	CHECK(!send_msg(session, &o, &err));
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_TLS);

	options_for(&o, &implicit, host, sizeof(host));
	o.protocol = MM_SMTP_IMPLICIT_TLS;
	o.cainfo = cert;
	CHECK(send_msg(session, &o, &err));
	CHECK(log_has(&implicit, "= From: alice@example.com"));
	o.cainfo = other_cert;
	CHECK(!send_msg(session, &o, &err));
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_TLS);

	/* STARTTLS required, the server does not offer it: nothing in clear. */
	options_for(&o, &plain, host, sizeof(host));
	o.protocol = MM_SMTP_STARTTLS;
	o.cainfo = cert;
	CHECK(!send_msg(session, &o, &err));
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_TLS);
	CHECK(!log_has(&plain, "> MAIL"));
	mm_smtp_session_free(session);
	stop(&starttls);
	stop(&implicit);
	stop(&plain);
}

static void test_injection(void)
{
	server s = start(NULL);
	mm_smtp_session* session = mm_smtp_session_new();
	const char* bad_rcpts[] = { "bob@example.com\r\nRCPT TO:<evil@example.net>", "bob@example.com\n",
		"<bob@example.com>", "bob@example.com> NOTIFY=NEVER", "bob @example.com", "bob\x7f@example.com", "" };
	const char* bad_data[] = { "Subject: x\n\nbody\r\n", "Subject: x\r\n\r\nbo\rdy\r\n",
		"Subject: x\r\n\r\nbody\r" };
	const char* one[1];
	char long_line[1100];
	mm_smtp_options o;
	char host[64];
	mm_error err;
	size_t i;

	options_for(&o, &s, host, sizeof(host));
	for (i = 0; i < sizeof(bad_rcpts) / sizeof(bad_rcpts[0]); i++) {
		one[0] = bad_rcpts[i];
		CHECK(!mm_smtp_send(session, &o, "alice@example.com", one, 1, message, strlen(message), &err));
		CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	}
	CHECK(strstr(err.message, "recipient") != NULL);
	one[0] = "bob@example.com";
	CHECK(!mm_smtp_send(session, &o, "alice@example.com\r\nRSET", one, 1, message, strlen(message), &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && strstr(err.message, "'alice@example.com\\r\\nRSET'") != NULL);
	CHECK(!mm_smtp_send(session, &o, "alice@example.com", one, 0, message, strlen(message), &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	for (i = 0; i < sizeof(bad_data) / sizeof(bad_data[0]); i++) {
		CHECK(!mm_smtp_send(session, &o, "a@example.com", one, 1, bad_data[i], strlen(bad_data[i]), &err));
		CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	}
	CHECK(!mm_smtp_send(session, &o, "a@example.com", one, 1, "A: b\r\n\0\r\n", 8, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && strstr(err.message, "NUL") != NULL);
	memset(long_line, 'x', sizeof(long_line));
	memcpy(long_line + 999, "\r\n", 2);
	CHECK(!mm_smtp_send(session, &o, "a@example.com", one, 1, long_line, 1001, &err));
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && strstr(err.message, "999 octets") != NULL);
	CHECK(mm_smtp_send(session, &o, "a@example.com", one, 1, long_line + 1, 1000, &err));
	/* Nothing before the last, valid send reached the server. */
	CHECK(log_count(&s, "> MAIL FROM") == 1);

	/* Host entries that could smuggle a path, credentials or a query into the URL. */
	{
		const char* bad_hosts[] = { "", "a b", "host/x", "user@host", "host?x", "[::1", "h:0", "h:99999",
			"h:", "h:25x", "a;;b" };
		for (i = 0; i < sizeof(bad_hosts) / sizeof(bad_hosts[0]); i++) {
			o.host = bad_hosts[i];
			CHECK(!send_msg(session, &o, &err));
			CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
		}
		o.host = host;
		o.helo_name = "x/y";
		CHECK(!send_msg(session, &o, &err));
		CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	}
	mm_smtp_session_free(session);
	stop(&s);
}

int main(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
	if (!mkdtemp(tmpdir) || !make_cert(cert, key, "server") || !make_cert(other_cert, other_key, "other")) {
		fprintf(stderr, "could not prepare certificates in %s\n", tmpdir);
		return 1;
	}
	CHECK(mm_smtp_check_address("", true, "sender", &(mm_error){ 0 }));
	mm_smtp_session_free(NULL);

	test_plain_and_reuse();
	test_reconnects();
	test_refusals();
	test_data_refusals();
	test_drops_and_stalls();
	test_connect_and_host_list();
	test_tls();
	test_injection();

	curl_global_cleanup();
	CHECK(mm_alloc_live() == 0);
	{
		char* argv[] = { "rm", "-rf", tmpdir, NULL };
		run_quiet(argv);
	}
	return check_summary("transport_smtp");
}
