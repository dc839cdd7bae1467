/* The HTTP transport against fixtures/http_server.py on 127.0.0.1: plain
 * and TLS (a throwaway CA made with the openssl CLI), connection reuse,
 * status pass-through, every transport failure class, the body cap, fork
 * safety and parallel sends. */
#include "check.h"
#include "mm_alloc.h"
#include "transport_http.h"

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

extern char** environ;

#define SERVER_SCRIPT "fixtures/http_server.py"

typedef struct {
	pid_t pid;
	int port;
	bool tls;
} server;

static char tmpdir[] = "/tmp/mm_transport_XXXXXX";

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char* tmp_path(char* out, size_t size, const char* name)
{
	snprintf(out, size, "%s/%s", tmpdir, name);
	return out;
}

/* Runs argv quietly (stdout and stderr to /dev/null); true on exit 0. */
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

static bool make_ca(const char* name)
{
	char key[256], crt[256], subj[64];
	char* argv[] = { "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
		"-nodes", "-days", "2", "-subj", subj, "-keyout", tmp_path(key, sizeof(key), name), "-out", crt, NULL };

	snprintf(subj, sizeof(subj), "/CN=metamta test %s", name);
	snprintf(crt, sizeof(crt), "%s/%s.pem", tmpdir, name);
	snprintf(key, sizeof(key), "%s/%s.key", tmpdir, name);
	return run_quiet(argv);
}

/* A leaf for san (e.g. "IP:127.0.0.1") signed by the CA called ca. */
static bool make_leaf(const char* name, const char* ca, const char* san)
{
	char key[256], csr[256], crt[256], ext[256], cacrt[256], cakey[256];
	char* req[] = { "openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
		"-subj", "/CN=metamta test leaf", "-keyout", key, "-out", csr, NULL };
	char* sign[] = { "openssl", "x509", "-req", "-in", csr, "-CA", cacrt, "-CAkey", cakey, "-CAcreateserial",
		"-days", "2", "-extfile", ext, "-out", crt, NULL };
	FILE* f;

	snprintf(key, sizeof(key), "%s/%s.key", tmpdir, name);
	snprintf(csr, sizeof(csr), "%s/%s.csr", tmpdir, name);
	snprintf(crt, sizeof(crt), "%s/%s.pem", tmpdir, name);
	snprintf(ext, sizeof(ext), "%s/%s.ext", tmpdir, name);
	snprintf(cacrt, sizeof(cacrt), "%s/%s.pem", tmpdir, ca);
	snprintf(cakey, sizeof(cakey), "%s/%s.key", tmpdir, ca);
	f = fopen(ext, "w");
	if (!f) {
		return false;
	}
	fprintf(f, "subjectAltName=%s\nextendedKeyUsage=serverAuth\n", san);
	fclose(f);
	return run_quiet(req) && run_quiet(sign);
}

/* Starts the fixture and reads "PORT n" from its first line (5 s bound). */
static bool server_start(server* s, const char* leaf)
{
	char crt[256], key[256], line[64];
	char* argv[] = { "/usr/bin/python3", SERVER_SCRIPT, "--tls", crt, key, NULL };
	posix_spawn_file_actions_t fa;
	struct pollfd pfd;
	size_t len = 0;
	int fds[2];
	ssize_t got;

	memset(s, 0, sizeof(*s));
	if (leaf) {
		snprintf(crt, sizeof(crt), "%s/%s.pem", tmpdir, leaf);
		snprintf(key, sizeof(key), "%s/%s.key", tmpdir, leaf);
	} else {
		argv[2] = NULL;
	}
	if (pipe(fds) != 0) {
		return false;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
	posix_spawn_file_actions_addclose(&fa, fds[0]);
	posix_spawn_file_actions_addclose(&fa, fds[1]);
	if (posix_spawn(&s->pid, argv[0], &fa, NULL, argv, environ) != 0) {
		s->pid = 0;
	}
	posix_spawn_file_actions_destroy(&fa);
	close(fds[1]);
	pfd.fd = fds[0];
	pfd.events = POLLIN;
	while (s->pid && len < sizeof(line) - 1 && !memchr(line, '\n', len) && poll(&pfd, 1, 5000) == 1) {
		got = read(fds[0], line + len, sizeof(line) - 1 - len);
		if (got <= 0) {
			break;
		}
		len += (size_t)got;
	}
	close(fds[0]);
	line[len] = '\0';
	s->tls = leaf != NULL;
	return s->pid && sscanf(line, "PORT %d", &s->port) == 1;
}

/* SIGTERM, then SIGKILL if it has not gone within 2 s. */
static void server_stop(server* s)
{
	int i, status;

	if (!s->pid) {
		return;
	}
	kill(s->pid, SIGTERM);
	for (i = 0; i < 200; i++) {
		if (waitpid(s->pid, &status, WNOHANG) == s->pid) {
			s->pid = 0;
			return;
		}
		usleep(10000);
	}
	kill(s->pid, SIGKILL);
	waitpid(s->pid, &status, 0);
	s->pid = 0;
}

static bool request_to(mm_http_request* req, const server* s, int port, const char* path)
{
	char url[256];

	mm_http_request_init(req);
	snprintf(url, sizeof(url), "%s://127.0.0.1:%d%s", s && s->tls ? "https" : "http", s ? s->port : port, path);
	req->url = mm_strndup(url, strlen(url));
	req->method = "GET";
	return req->url != NULL;
}

/* GETs path and keeps the response in res (initialised here). */
static bool get(mm_http_pool* pool, const server* s, const char* path, const mm_http_options* opts,
    mm_http_response* res, mm_error* err)
{
	mm_http_request req;
	bool ok;

	mm_http_response_init(res);
	mm_error_clear(err);
	request_to(&req, s, 0, path);
	ok = mm_http_send(pool, &req, opts, res, err);
	mm_http_request_free(&req);
	return ok;
}

/* The server's count of accepted connections (this request may add one). */
static long connections(mm_http_pool* pool, const server* s, const mm_http_options* opts)
{
	mm_http_response res;
	mm_error err;
	long n = -1;

	if (get(pool, s, "/count", opts, &res, &err)) {
		n = atol(res.body.data);
	}
	mm_http_response_free(&res);
	return n;
}

static void expect_failure(
    mm_http_pool* pool, const server* s, const char* path, const mm_http_options* opts, int code, bool unknown)
{
	mm_http_response res;
	mm_error err;

	CHECK(!get(pool, s, path, opts, &res, &err));
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == code);
	CHECK(err.outcome_unknown == unknown);
	CHECK(res.status == 0 && res.body.len == 0);
	if (err.code != code || err.outcome_unknown != unknown) {
		fprintf(stderr, "  %s: code %d unknown %d: %s\n", path, err.code, err.outcome_unknown, err.message);
	}
	mm_http_response_free(&res);
}

static void test_plain_basics(mm_http_pool* pool, const server* s)
{
	mm_http_response res;
	mm_error err;

	CHECK(get(pool, s, "/ok", NULL, &res, &err));
	CHECK(res.status == 200);
	CHECK_BYTES(res.body.data, res.body.len, "hello");
	CHECK(strcmp(res.content_type, "text/plain") == 0 && res.retry_after_seconds == -1);
	mm_http_response_free(&res);

	/* A 500 is an answer, not a transport failure. */
	CHECK(get(pool, s, "/status/500", NULL, &res, &err));
	CHECK(res.status == 500);
	CHECK_BYTES(res.body.data, res.body.len, "status 500");
	mm_http_response_free(&res);

	/* Redirects come back as they are. */
	CHECK(get(pool, s, "/redirect", NULL, &res, &err));
	CHECK(res.status == 302);
	CHECK_BYTES(res.body.data, res.body.len, "moved");
	mm_http_response_free(&res);

	/* Retry-After and Content-Type from the final response, not the 103. */
	CHECK(get(pool, s, "/retry", NULL, &res, &err));
	CHECK(res.status == 429 && res.retry_after_seconds == 7);
	CHECK(strcmp(res.content_type, "application/json; charset=utf-8") == 0);
	mm_http_response_free(&res);

	CHECK(get(pool, s, "/retry-date", NULL, &res, &err));
	CHECK(res.status == 503 && res.retry_after_seconds >= 25 && res.retry_after_seconds <= 31);
	mm_http_response_free(&res);
}

/* A 2 MiB POST: the body arrives whole, with our User-Agent and without
 * "Expect: 100-continue" (libcurl would add it above 1 MiB). */
static void test_post_echo(mm_http_pool* pool, const server* s)
{
	mm_http_request req;
	mm_http_response res;
	mm_http_options opts;
	mm_error err;
	size_t big = 2 * 1024 * 1024;

	mm_http_options_init(&opts);
	opts.product = "metamta/9.9";
	request_to(&req, s, 0, "/echo");
	req.method = "POST";
	CHECK(mm_http_request_add_header(&req, "X-Test", "yes", 3, &err));
	mm_buf_reserve(&req.body, big);
	memset(req.body.data, 'b', big);
	req.body.len = big;
	req.body.data[big] = '\0';
	mm_http_response_init(&res);
	CHECK(mm_http_send(pool, &req, &opts, &res, &err));
	CHECK(res.status == 200 && res.body.len > big);
	CHECK(res.body.data && strncmp(res.body.data, "POST /echo HTTP/1.1\r\n", 21) == 0);
	CHECK(res.body.data && strstr(res.body.data, "\r\nX-Test: yes\r\n") != NULL);
	CHECK(res.body.data && strstr(res.body.data, "\r\nUser-Agent: metamta/9.9 libcurl/") != NULL);
	CHECK(res.body.data && strstr(res.body.data, "\r\nContent-Length: 2097152\r\n") != NULL);
	CHECK(res.body.data && strstr(res.body.data, "Expect") == NULL);
	CHECK(res.body.len > big && res.body.data[res.body.len - 1] == 'b');
	mm_http_response_free(&res);
	mm_http_request_free(&req);
}

/* 20 sends over one TCP connection; a connection the server dropped is
 * replaced without the caller noticing. */
static void test_reuse(mm_http_pool* pool, const server* s, const mm_http_options* opts)
{
	mm_http_response res;
	mm_error err;
	long before, after;
	int i, ok = 0;

	before = connections(pool, s, opts);
	for (i = 0; i < 20; i++) {
		ok += get(pool, s, "/ok", opts, &res, &err) && res.status == 200;
		mm_http_response_free(&res);
	}
	after = connections(pool, s, opts);
	CHECK(ok == 20);
	CHECK(before > 0 && after == before);

	CHECK(get(pool, s, "/close-after", opts, &res, &err) && res.status == 200);
	mm_http_response_free(&res);
	CHECK(get(pool, s, "/ok", opts, &res, &err) && res.status == 200);
	mm_http_response_free(&res);
	CHECK(connections(pool, s, opts) == after + 1);
}

static void test_failures(mm_http_pool* pool, const server* s)
{
	mm_http_request req;
	mm_http_response res;
	mm_http_options opts;
	mm_error err;
	struct sockaddr_in sa;
	socklen_t sl = sizeof(sa);
	int fd, port;
	double t0;

	/* Refused: a port that was free a moment ago. The message names host
	 * and port, never the path or query. */
	fd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(fd, (struct sockaddr*)&sa, sizeof(sa));
	getsockname(fd, (struct sockaddr*)&sa, &sl);
	port = ntohs(sa.sin_port);
	close(fd);
	request_to(&req, NULL, port, "/v1/AC123secret/Messages?key=k3y");
	mm_http_response_init(&res);
	CHECK(!mm_http_send(pool, &req, NULL, &res, &err));
	CHECK(err.domain == MM_ERROR_TRANSPORT && err.code == MM_TRANSPORT_CONNECT && !err.outcome_unknown);
	CHECK(strstr(err.message, "http://127.0.0.1:") != NULL);
	CHECK(strstr(err.message, "secret") == NULL && strstr(err.message, "k3y") == NULL);
	mm_http_response_free(&res);
	mm_http_request_free(&req);

	/* A stall ends at the timeout; the request was sent, so it may have
	 * been acted on. */
	mm_http_options_init(&opts);
	opts.timeout_ms = 500;
	t0 = now_seconds();
	expect_failure(pool, s, "/stall", &opts, MM_TRANSPORT_TIMEOUT, true);
	CHECK(now_seconds() - t0 < 3.0);

	/* A large upload the server never reads: the body did not get through,
	 * so the outcome is known (nothing was processed). */
	request_to(&req, s, 0, "/hang");
	req.method = "POST";
	mm_buf_reserve(&req.body, 64 * 1024 * 1024);
	memset(req.body.data, 'u', 64 * 1024 * 1024);
	req.body.len = 64 * 1024 * 1024;
	mm_http_response_init(&res);
	CHECK(!mm_http_send(pool, &req, &opts, &res, &err));
	CHECK(err.code == MM_TRANSPORT_TIMEOUT && !err.outcome_unknown);
	mm_http_response_free(&res);
	mm_http_request_free(&req);

	expect_failure(pool, s, "/truncate", NULL, MM_TRANSPORT_CONNECTION_LOST, true);
	expect_failure(pool, s, "/reset", NULL, MM_TRANSPORT_CONNECTION_LOST, true);
	expect_failure(pool, s, "/empty", NULL, MM_TRANSPORT_CONNECTION_LOST, true);

	/* The body cap: by Content-Length, while streaming chunks, and the
	 * 8 MiB default. */
	opts.timeout_ms = 0;
	opts.max_body = 1000;
	CHECK(get(pool, s, "/big/1000", &opts, &res, &err) && res.body.len == 1000);
	mm_http_response_free(&res);
	expect_failure(pool, s, "/big/1001", &opts, MM_TRANSPORT_OTHER, true);
	expect_failure(pool, s, "/chunked/5000", &opts, MM_TRANSPORT_OTHER, true);
	expect_failure(pool, s, "/chunked/8388609", NULL, MM_TRANSPORT_OTHER, true);
	CHECK(get(pool, s, "/big/8388608", NULL, &res, &err) && res.body.len == 8388608);
	mm_http_response_free(&res);

	/* Malformed requests are rejected before anything is sent. */
	request_to(&req, s, 0, "/ok");
	memcpy(req.url, "ftp:", 4);
	mm_http_response_init(&res);
	CHECK(!mm_http_send(pool, &req, NULL, &res, &err) && err.domain == MM_ERROR_INVALID_ARGUMENT);
	mm_http_request_free(&req);
	request_to(&req, s, 0, "/ok");
	CHECK(mm_http_request_add_header(&req, "X-Bad", "a\r\nX-Injected: 1", 17, &err));
	CHECK(!mm_http_send(pool, &req, NULL, &res, &err) && err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(strstr(err.message, "Injected") == NULL);
	mm_http_request_free(&req);
	request_to(&req, s, 0, "/ok");
	req.method = "GE T";
	CHECK(!mm_http_send(pool, &req, NULL, &res, &err) && err.domain == MM_ERROR_INVALID_ARGUMENT);
	mm_http_request_free(&req);
	mm_http_response_free(&res);
}

static void test_tls(const server* good, const server* other)
{
	mm_http_pool* pool = mm_http_pool_new();
	mm_http_response res;
	mm_http_options opts;
	mm_error err;
	char ca[256], wrong_ca[256], missing[256];

	mm_http_options_init(&opts);
	opts.cainfo = tmp_path(ca, sizeof(ca), "ca.pem");
	CHECK(get(pool, good, "/ok", &opts, &res, &err) && res.status == 200);
	if (res.status != 200) {
		fprintf(stderr, "  tls: %s\n", err.message);
	}
	CHECK(res.body.data && strcmp(res.body.data, "hello") == 0);
	mm_http_response_free(&res);
	test_reuse(pool, good, &opts);

	/* The certificate is for another host name. */
	expect_failure(pool, other, "/ok", &opts, MM_TRANSPORT_TLS, false);
	/* Signed by a CA we do not trust, or by none at all (system store). */
	opts.cainfo = tmp_path(wrong_ca, sizeof(wrong_ca), "wrongca.pem");
	expect_failure(pool, good, "/ok", &opts, MM_TRANSPORT_TLS, false);
	opts.cainfo = "";
	expect_failure(pool, good, "/ok", &opts, MM_TRANSPORT_TLS, false);
	opts.cainfo = tmp_path(missing, sizeof(missing), "missing.pem");
	expect_failure(pool, good, "/ok", &opts, MM_TRANSPORT_TLS, false);
	mm_http_pool_free(pool);
}

/* A forked child neither uses nor frees the parent's pool: the parent's TLS
 * connection survives (no close_notify from the child) and is reused. */
static void test_fork(const server* s)
{
	mm_http_pool* pool = mm_http_pool_new();
	mm_http_response res;
	mm_http_options opts;
	mm_error err;
	char ca[256];
	long before;
	pid_t child;
	int status = -1;

	mm_http_options_init(&opts);
	opts.cainfo = tmp_path(ca, sizeof(ca), "ca.pem");
	before = connections(pool, s, &opts);
	CHECK(before > 0 && mm_http_pool_usable(pool));
	child = fork();
	if (child == 0) {
		bool ok = !mm_http_pool_usable(pool);
		mm_http_response_init(&res);
		ok = ok && !get(pool, s, "/ok", &opts, &res, &err) && err.domain == MM_ERROR_INTERNAL;
		mm_http_pool_free(pool);
		_exit(ok ? 0 : 1);
	}
	CHECK(child > 0 && waitpid(child, &status, 0) == child);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	CHECK(get(pool, s, "/ok", &opts, &res, &err) && res.status == 200);
	mm_http_response_free(&res);
	CHECK(connections(pool, s, &opts) == before);
	mm_http_pool_free(pool);
}

static void test_send_many(const server* s)
{
	mm_http_pool* pool = mm_http_pool_new();
	mm_http_request reqs[6];
	const mm_http_request* ptrs[6];
	mm_http_response res[6];
	mm_error errs[6];
	mm_http_response r;
	mm_error err;
	int i, ok = 0;
	double t0;

	for (i = 0; i < 6; i++) {
		request_to(&reqs[i], s, 0, "/slow/300");
		ptrs[i] = &reqs[i];
		mm_http_response_init(&res[i]);
	}
	t0 = now_seconds();
	CHECK(mm_http_send_many(pool, ptrs, 6, NULL, 2, res, errs));
	CHECK(now_seconds() - t0 < 2.5);
	for (i = 0; i < 6; i++) {
		ok += errs[i].domain == MM_ERROR_NONE && res[i].status == 200 && res[i].body.len == 4;
	}
	CHECK(ok == 6);
	CHECK(get(pool, s, "/max-inflight", NULL, &r, &err) && r.body.data && strcmp(r.body.data, "2") == 0);
	mm_http_response_free(&r);

	/* Results are per request: one refused, one answered 500, one invalid. */
	for (i = 0; i < 6; i++) {
		mm_http_request_free(&reqs[i]);
		mm_http_response_free(&res[i]);
	}
	request_to(&reqs[0], s, 0, "/ok");
	request_to(&reqs[1], NULL, 1, "/ok");
	request_to(&reqs[2], s, 0, "/status/500");
	request_to(&reqs[3], s, 0, "/ok");
	memcpy(reqs[3].url, "ftp:", 4);
	CHECK(!mm_http_send_many(pool, ptrs, 4, NULL, 0, res, errs));
	CHECK(errs[0].domain == MM_ERROR_NONE && res[0].status == 200);
	CHECK(errs[1].domain == MM_ERROR_TRANSPORT && errs[1].code == MM_TRANSPORT_CONNECT && res[1].status == 0);
	CHECK(errs[2].domain == MM_ERROR_NONE && res[2].status == 500);
	CHECK(errs[3].domain == MM_ERROR_INVALID_ARGUMENT);
	for (i = 0; i < 4; i++) {
		mm_http_request_free(&reqs[i]);
		mm_http_response_free(&res[i]);
	}
	mm_http_pool_free(pool);
}

int main(void)
{
	server plain, tls_good, tls_other;
	mm_http_pool* pool;
	bool certs;

	/* Loopback only: no proxy from the environment may get in between. */
	unsetenv("http_proxy");
	unsetenv("https_proxy");
	unsetenv("HTTPS_PROXY");
	unsetenv("all_proxy");
	unsetenv("ALL_PROXY");
	CHECK(curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK);
	CHECK(mkdtemp(tmpdir) != NULL);
	certs = make_ca("ca") && make_ca("wrongca") && make_leaf("leaf", "ca", "IP:127.0.0.1,DNS:localhost") &&
	    make_leaf("other", "ca", "DNS:other.example");
	CHECK(certs);
	CHECK(server_start(&plain, NULL));
	CHECK(certs && server_start(&tls_good, "leaf"));
	CHECK(certs && server_start(&tls_other, "other"));

	if (plain.port) {
		pool = mm_http_pool_new();
		CHECK(pool != NULL && mm_http_pool_usable(pool));
		test_reuse(pool, &plain, NULL);
		test_plain_basics(pool, &plain);
		test_post_echo(pool, &plain);
		test_failures(pool, &plain);
		mm_http_pool_free(pool);
		test_send_many(&plain);
	}
	if (tls_good.port && tls_other.port) {
		test_tls(&tls_good, &tls_other);
		test_fork(&tls_good);
	}
	mm_http_pool_free(NULL);
	server_stop(&plain);
	server_stop(&tls_good);
	server_stop(&tls_other);
	{
		char* rm[] = { "rm", "-rf", tmpdir, NULL };
		run_quiet(rm);
	}
	curl_global_cleanup();
	CHECK(mm_alloc_live() == 0);
	return check_summary("transport");
}
