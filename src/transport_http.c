/* The HTTP transport over libcurl. The pool is a CURLSH sharing the
 * connection cache, TLS sessions and DNS among every easy handle of one
 * thread, plus a few idle easy handles kept for reuse; both the single
 * (curl_easy_perform) and the parallel (multi) paths use the same share, so
 * they reuse the same connections. */
#include "transport_http.h"

#include "curl_error.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "mm_alloc.h"

#define MM_HTTP_POOL_IDLE_MAX 8
#define MM_HTTP_ORIGIN_MAX 300
#define MM_HTTP_USER_AGENT_MAX 160

struct mm_http_pool {
	pid_t owner_pid;
	CURLSH* share;
	CURL* idle[MM_HTTP_POOL_IDLE_MAX];
	size_t idle_count;
};

/* One request in flight: everything libcurl's callbacks and the final
 * classification need. */
typedef struct {
	CURL* easy;
	const mm_http_request* req;
	mm_http_response* res;
	struct curl_slist* headers;
	size_t max_body;
	bool body_too_large;
	char* url_path;  /* from libcurl's URL parser, to keep it out of messages */
	char* url_query; /* likewise */
	char origin[MM_HTTP_ORIGIN_MAX];
	char errbuf[CURL_ERROR_SIZE];
} mm_http_transfer;

void mm_http_options_init(mm_http_options* opts) { memset(opts, 0, sizeof(*opts)); }

/* ---- the pool ---------------------------------------------------------- */

mm_http_pool* mm_http_pool_new(void)
{
	mm_http_pool* pool = mm_calloc(1, sizeof(*pool));

	if (!pool) {
		return NULL;
	}
	pool->owner_pid = getpid();
	pool->share = curl_share_init();
	if (!pool->share) {
		mm_free(pool);
		return NULL;
	}
	/* No lock callbacks: a pool is only ever used by the thread that owns it. */
	if (curl_share_setopt(pool->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT) != CURLSHE_OK ||
	    curl_share_setopt(pool->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION) != CURLSHE_OK ||
	    curl_share_setopt(pool->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS) != CURLSHE_OK) {
		curl_share_cleanup(pool->share);
		mm_free(pool);
		return NULL;
	}
	return pool;
}

bool mm_http_pool_usable(const mm_http_pool* pool) { return pool && pool->owner_pid == getpid(); }

void mm_http_pool_free(mm_http_pool* pool)
{
	size_t i;

	/* A forked child shares the parent's sockets and TLS state: closing them
	 * (or sending close_notify) would break the parent's connections. */
	if (!mm_http_pool_usable(pool)) {
		return;
	}
	/* Easy handles first: a share still referenced by a handle cannot go. */
	for (i = 0; i < pool->idle_count; i++) {
		curl_easy_cleanup(pool->idle[i]);
	}
	curl_share_cleanup(pool->share);
	mm_free(pool);
}

static CURL* mm_http_pool_acquire(mm_http_pool* pool)
{
	CURL* easy;

	if (pool->idle_count > 0) {
		return pool->idle[--pool->idle_count];
	}
	easy = curl_easy_init();
	if (easy && curl_easy_setopt(easy, CURLOPT_SHARE, pool->share) != CURLE_OK) {
		curl_easy_cleanup(easy);
		return NULL;
	}
	return easy;
}

/* curl_easy_reset keeps the share, so a returned handle keeps its place in
 * the pool's connection cache but forgets every per-request option. */
static void mm_http_pool_release(mm_http_pool* pool, CURL* easy)
{
	if (!easy) {
		return;
	}
	if (pool->idle_count < MM_HTTP_POOL_IDLE_MAX) {
		curl_easy_reset(easy);
		pool->idle[pool->idle_count++] = easy;
	} else {
		curl_easy_cleanup(easy);
	}
}

static bool mm_http_pool_check(const mm_http_pool* pool, mm_error* err)
{
	if (!pool) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "The HTTP connection pool is missing.");
	}
	if (!mm_http_pool_usable(pool)) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0,
		    "The HTTP connection pool belongs to another process (it was created before fork).");
	}
	return true;
}

/* ---- libcurl callbacks ------------------------------------------------- */

static size_t mm_http_on_body(char* data, size_t size, size_t nmemb, void* userdata)
{
	mm_http_transfer* t = userdata;
	size_t len = size * nmemb;

	if (len > t->max_body - t->res->body.len) {
		t->body_too_large = true;
		return 0;
	}
	if (!mm_buf_append(&t->res->body, data, len)) {
		return 0;
	}
	return len;
}

/* Matches "Name:" case-insensitively and returns the trimmed value. */
static bool mm_http_header_value(const char* line, size_t len, const char* name, const char** value, size_t* value_len)
{
	size_t name_len = strlen(name);
	const char* v;
	const char* end = line + len;

	if (len <= name_len || strncasecmp(line, name, name_len) != 0 || line[name_len] != ':') {
		return false;
	}
	v = line + name_len + 1;
	while (v < end && (*v == ' ' || *v == '\t')) {
		v++;
	}
	while (end > v && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t')) {
		end--;
	}
	*value = v;
	*value_len = (size_t)(end - v);
	return true;
}

/* RFC 9110 §10.2.3: delta-seconds or an HTTP-date; a date becomes the
 * number of seconds from now (0 when past). Anything else is ignored. */
static long mm_http_parse_retry_after(const char* v, size_t len)
{
	char copy[64];
	size_t i;
	long n = 0;
	time_t when, now;

	if (len == 0 || len >= sizeof(copy)) {
		return -1;
	}
	for (i = 0; i < len && v[i] >= '0' && v[i] <= '9'; i++) {
		n = n > (LONG_MAX - 9) / 10 ? LONG_MAX : n * 10 + (v[i] - '0');
	}
	if (i == len) {
		return n;
	}
	memcpy(copy, v, len);
	copy[len] = '\0';
	when = curl_getdate(copy, NULL);
	if (when == (time_t)-1) {
		return -1;
	}
	now = time(NULL);
	return when > now ? (long)(when - now) : 0;
}

/* Only the final response counts: each status line (1xx interim, proxy
 * CONNECT answer) starts the captured fields over. */
static size_t mm_http_on_header(char* line, size_t size, size_t nmemb, void* userdata)
{
	mm_http_transfer* t = userdata;
	size_t len = size * nmemb;
	const char* v;
	size_t vlen;

	if (len >= 5 && memcmp(line, "HTTP/", 5) == 0) {
		t->res->retry_after_seconds = -1;
		t->res->content_type[0] = '\0';
		mm_buf_reset(&t->res->body);
	} else if (mm_http_header_value(line, len, "Retry-After", &v, &vlen)) {
		t->res->retry_after_seconds = mm_http_parse_retry_after(v, vlen);
	} else if (mm_http_header_value(line, len, "Content-Type", &v, &vlen)) {
		if (vlen >= sizeof(t->res->content_type)) {
			vlen = sizeof(t->res->content_type) - 1;
		}
		memcpy(t->res->content_type, v, vlen);
		t->res->content_type[vlen] = '\0';
	}
	return len;
}

/* ---- one transfer: set up, classify, tear down ------------------------- */

static void mm_http_transfer_cleanup(mm_http_pool* pool, mm_http_transfer* t)
{
	curl_slist_free_all(t->headers);
	curl_free(t->url_path);
	curl_free(t->url_query);
	mm_http_pool_release(pool, t->easy);
	memset(t, 0, sizeof(*t));
}

/* Reads scheme, host and port ("https://api.example.com:443") from the URL
 * for messages; path, query and credentials never go there. */
static bool mm_http_parse_url(mm_http_transfer* t, const char* url, mm_error* err)
{
	CURLU* u = curl_url();
	char* scheme = NULL;
	char* host = NULL;
	char* port = NULL;
	char quoted[40];
	bool ok = false;

	if (!u) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory.");
	}
	if (!url || curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) != CURLUE_OK) {
		/* The URL may carry an account id or a key, so it is not quoted. */
		mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "The request URL is not a valid absolute URL.");
		goto cleanup;
	}
	if (strcasecmp(scheme, "http") != 0 && strcasecmp(scheme, "https") != 0) {
		mm_quote(quoted, sizeof(quoted), scheme, strlen(scheme));
		mm_error_set(
		    err, MM_ERROR_INVALID_ARGUMENT, 0, "The request URL scheme %s is not http or https.", quoted);
		goto cleanup;
	}
	curl_url_get(u, CURLUPART_PATH, &t->url_path, 0);
	curl_url_get(u, CURLUPART_QUERY, &t->url_query, 0);
	snprintf(t->origin, sizeof(t->origin), "%s://%s:%s", scheme, host, port);
	ok = true;
cleanup:
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	return ok;
}

static bool mm_http_method_valid(const char* m)
{
	size_t i;

	for (i = 0; m[i]; i++) {
		if (m[i] < 'A' || m[i] > 'Z') {
			return false;
		}
	}
	return i > 0 && i <= 16;
}

/* Builds the header list: the caller's lines, then an empty Expect: so
 * libcurl never waits for "100 Continue" (unless the caller set Expect). */
static bool mm_http_build_headers(mm_http_transfer* t, mm_error* err)
{
	const mm_http_request* req = t->req;
	bool has_expect = false;
	struct curl_slist* next;
	size_t i;

	for (i = 0; i < req->header_count; i++) {
		const char* line = req->headers[i];
		const char* colon = line ? strchr(line, ':') : NULL;

		/* Builders check header material; this guards the wire anyway. Only
		 * the line's position is named: values carry credentials. */
		if (!colon || colon == line || strpbrk(line, "\r\n")) {
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "Request header line %zu is not a single \"Name: value\" line.", i + 1);
		}
		if ((size_t)(colon - line) == 6 && strncasecmp(line, "Expect", 6) == 0) {
			has_expect = true;
		}
		next = curl_slist_append(t->headers, line);
		if (!next) {
			return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory.");
		}
		t->headers = next;
	}
	if (!has_expect) {
		next = curl_slist_append(t->headers, "Expect:");
		if (!next) {
			return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory.");
		}
		t->headers = next;
	}
	return true;
}

/* Fixed options: none of them is configurable by a caller, in particular TLS
 * verification is always on and redirects are never followed. */
static bool mm_http_set_fixed_options(CURL* e, const char* user_agent)
{
	bool ok = true;

	ok = ok && curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_VERBOSE, 0L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_NOPROGRESS, 1L) == CURLE_OK;
#if LIBCURL_VERSION_NUM >= 0x075500
	ok = ok && curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https") == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") == CURLE_OK;
#else
	ok = ok && curl_easy_setopt(e, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS)) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS)) == CURLE_OK;
#endif
	ok = ok && curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_USERAGENT, user_agent) == CURLE_OK;
	/* Fails only on a libcurl without HTTP/2, which then speaks HTTP/1.1. */
	(void)curl_easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	return ok;
}

static bool mm_http_set_method(mm_http_transfer* t)
{
	CURL* e = t->easy;
	const mm_http_request* req = t->req;
	const char* method = req->method ? req->method : "GET";
	bool has_body = req->body.len > 0 || strcmp(method, "POST") == 0 || strcmp(method, "PUT") == 0 ||
	    strcmp(method, "PATCH") == 0;
	bool ok = true;

	if (strcmp(method, "HEAD") == 0) {
		return curl_easy_setopt(e, CURLOPT_NOBODY, 1L) == CURLE_OK;
	}
	if (has_body) {
		/* POSTFIELDS does not copy: the request outlives the transfer. libcurl
		 * can then rewind by itself when it retries on a fresh connection. */
		ok = ok && curl_easy_setopt(e, CURLOPT_POST, 1L) == CURLE_OK;
		ok = ok && curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->body.len) == CURLE_OK;
		ok = ok && curl_easy_setopt(e, CURLOPT_POSTFIELDS, req->body.data ? req->body.data : "") == CURLE_OK;
	} else {
		ok = ok && curl_easy_setopt(e, CURLOPT_HTTPGET, 1L) == CURLE_OK;
	}
	if (strcmp(method, has_body ? "POST" : "GET") != 0) {
		ok = ok && curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method) == CURLE_OK;
	}
	return ok;
}

static bool mm_http_transfer_setup(mm_http_pool* pool, mm_http_transfer* t, const mm_http_request* req,
    const mm_http_options* opts, mm_http_response* res, mm_error* err)
{
	mm_http_options defaults;
	char user_agent[MM_HTTP_USER_AGENT_MAX];
	curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
	CURL* e;
	bool ok = true;

	memset(t, 0, sizeof(*t));
	if (!opts) {
		mm_http_options_init(&defaults);
		opts = &defaults;
	}
	t->req = req;
	t->res = res;
	t->max_body = opts->max_body ? opts->max_body : MM_HTTP_DEFAULT_MAX_BODY;
	mm_buf_reset(&res->body);
	res->status = 0;
	res->retry_after_seconds = -1;
	res->content_type[0] = '\0';

	if (!mm_http_parse_url(t, req->url, err)) {
		return false;
	}
	if (req->method && !mm_http_method_valid(req->method)) {
		char quoted[40];
		mm_quote(quoted, sizeof(quoted), req->method, strlen(req->method));
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "The request method %s is not valid.", quoted);
	}
	if (!mm_http_build_headers(t, err)) {
		return false;
	}
	t->easy = e = mm_http_pool_acquire(pool);
	if (!e) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "libcurl could not create a handle.");
	}
	snprintf(
	    user_agent, sizeof(user_agent), "%s libcurl/%s", opts->product ? opts->product : "metamta", info->version);

	ok = mm_http_set_fixed_options(e, user_agent);
	ok = ok && curl_easy_setopt(e, CURLOPT_URL, req->url) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errbuf) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_PRIVATE, (void*)t) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, mm_http_on_body) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_WRITEDATA, (void*)t) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, mm_http_on_header) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_HEADERDATA, (void*)t) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)t->max_body) == CURLE_OK;
	ok = ok &&
	    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS,
	        opts->timeout_ms > 0 ? opts->timeout_ms : MM_HTTP_DEFAULT_TIMEOUT_MS) == CURLE_OK;
	ok = ok &&
	    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
	        opts->connect_timeout_ms > 0 ? opts->connect_timeout_ms : MM_HTTP_DEFAULT_CONNECT_TIMEOUT_MS) ==
	        CURLE_OK;
	if (opts->cainfo && opts->cainfo[0]) {
		ok = ok && curl_easy_setopt(e, CURLOPT_CAINFO, opts->cainfo) == CURLE_OK;
	}
	ok = ok && mm_http_set_method(t);
	if (!ok) {
		return mm_error_set(
		    err, MM_ERROR_INTERNAL, 0, "libcurl rejected an option for the request to %s.", t->origin);
	}
	return true;
}

/* The request reached the peer whole when every header and body byte went
 * out; then the provider may have acted on it even though no answer came. */
static bool mm_http_fully_sent(const mm_http_transfer* t)
{
	long header_bytes = 0;
	curl_off_t body_bytes = 0;

	if (curl_easy_getinfo(t->easy, CURLINFO_REQUEST_SIZE, &header_bytes) != CURLE_OK ||
	    curl_easy_getinfo(t->easy, CURLINFO_SIZE_UPLOAD_T, &body_bytes) != CURLE_OK) {
		return false;
	}
	return header_bytes > 0 && body_bytes >= (curl_off_t)t->req->body.len;
}

static bool mm_http_leaks_url(const mm_http_transfer* t, const char* text)
{
	return (t->url_path && strlen(t->url_path) > 1 && strstr(text, t->url_path)) ||
	    (t->url_query && t->url_query[0] && strstr(text, t->url_query));
}

static bool mm_http_transfer_finish(mm_http_transfer* t, CURLcode rc, mm_error* err)
{
	const char* why;
	size_t len;
	int code;

	if (rc == CURLE_OK) {
		if (curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &t->res->status) == CURLE_OK &&
		    t->res->status > 0 && !t->res->body.failed) {
			return true;
		}
		rc = t->res->body.failed ? CURLE_OUT_OF_MEMORY : CURLE_GOT_NOTHING;
	}
	code = mm_curl_error_class(rc);
	if (t->body_too_large || rc == CURLE_FILESIZE_EXCEEDED) {
		mm_error_set(err, MM_ERROR_TRANSPORT, MM_TRANSPORT_OTHER,
		    "The HTTP response from %s exceeded the limit of %zu body bytes.", t->origin, t->max_body);
	} else if (rc == CURLE_OUT_OF_MEMORY || (rc == CURLE_WRITE_ERROR && t->res->body.failed)) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory reading the HTTP response from %s.", t->origin);
	} else {
		/* libcurl's own sentence names host and port; fall back to the fixed
		 * text for the code if it ever echoes a path or query. */
		why = t->errbuf;
		len = strlen(why);
		while (len > 0 && (why[len - 1] == '\n' || why[len - 1] == '.')) {
			len--;
		}
		if (len == 0 || mm_http_leaks_url(t, why)) {
			why = curl_easy_strerror(rc);
			len = strlen(why);
		}
		mm_error_set(
		    err, MM_ERROR_TRANSPORT, code, "The HTTP request to %s failed: %.*s.", t->origin, (int)len, why);
	}
	err->outcome_unknown = code != MM_TRANSPORT_CONNECT && code != MM_TRANSPORT_TLS && mm_http_fully_sent(t);
	mm_buf_free(&t->res->body);
	t->res->status = 0;
	t->res->retry_after_seconds = -1;
	t->res->content_type[0] = '\0';
	return false;
}

/* ---- public sends ------------------------------------------------------ */

bool mm_http_send(
    mm_http_pool* pool, const mm_http_request* req, const mm_http_options* opts, mm_http_response* res, mm_error* err)
{
	mm_http_transfer t;
	bool ok;

	memset(&t, 0, sizeof(t));
	mm_error_clear(err);
	if (!mm_http_pool_check(pool, err)) {
		return false;
	}
	ok = mm_http_transfer_setup(pool, &t, req, opts, res, err);
	if (ok) {
		ok = mm_http_transfer_finish(&t, curl_easy_perform(t.easy), err);
	}
	mm_http_transfer_cleanup(pool, &t);
	return ok;
}

static void mm_http_fail_all(size_t n, mm_error* errors, const mm_error* why)
{
	size_t i;

	for (i = 0; i < n; i++) {
		errors[i] = *why;
	}
}

bool mm_http_send_many(mm_http_pool* pool, const mm_http_request* const* requests, size_t n,
    const mm_http_options* opts, size_t max_concurrency, mm_http_response* responses, mm_error* errors)
{
	mm_http_transfer* transfers = NULL;
	CURLM* multi = NULL;
	CURLMsg* msg;
	mm_error batch;
	size_t next = 0, active = 0, i;
	int queued, running;
	bool all_ok = true;

	mm_error_clear(&batch);
	if (n == 0) {
		return true;
	}
	for (i = 0; i < n; i++) {
		mm_error_clear(&errors[i]);
	}
	if (!mm_http_pool_check(pool, &batch)) {
		mm_http_fail_all(n, errors, &batch);
		return false;
	}
	transfers = mm_calloc(n, sizeof(*transfers));
	multi = curl_multi_init();
	if (!transfers || !multi) {
		mm_error_set(&batch, MM_ERROR_INTERNAL, 0, "Out of memory.");
		mm_http_fail_all(n, errors, &batch);
		all_ok = false;
		goto cleanup;
	}
	if (max_concurrency == 0 || max_concurrency > n) {
		max_concurrency = n;
	}
	/* Keep as many idle connections as were in flight (libcurl keeps 5 by
	 * default), so the next parallel send finds them all warm. */
	curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, (long)max_concurrency);
	while (next < n || active > 0) {
		while (active < max_concurrency && next < n) {
			i = next++;
			if (!mm_http_transfer_setup(
			        pool, &transfers[i], requests[i], opts, &responses[i], &errors[i])) {
				all_ok = false;
				mm_http_transfer_cleanup(pool, &transfers[i]);
			} else if ((max_concurrency > 5 &&
			               curl_easy_setopt(transfers[i].easy, CURLOPT_MAXCONNECTS,
			                   (long)max_concurrency) != CURLE_OK) ||
			    curl_multi_add_handle(multi, transfers[i].easy) != CURLM_OK) {
				mm_error_set(&errors[i], MM_ERROR_INTERNAL, 0,
				    "libcurl could not queue the request to %s.", transfers[i].origin);
				all_ok = false;
				mm_http_transfer_cleanup(pool, &transfers[i]);
			} else {
				active++;
			}
		}
		if (active == 0) {
			continue;
		}
		if (curl_multi_perform(multi, &running) != CURLM_OK) {
			break;
		}
		while ((msg = curl_multi_info_read(multi, &queued)) != NULL) {
			mm_http_transfer* t;
			char* priv = NULL;

			if (msg->msg != CURLMSG_DONE) {
				continue;
			}
			curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &priv);
			t = (mm_http_transfer*)(void*)priv;
			if (!mm_http_transfer_finish(t, msg->data.result, &errors[t - transfers])) {
				all_ok = false;
			}
			curl_multi_remove_handle(multi, t->easy);
			mm_http_transfer_cleanup(pool, t);
			active--;
		}
		if (active > 0 && curl_multi_poll(multi, NULL, 0, 1000, NULL) != CURLM_OK) {
			break;
		}
	}
	if (active > 0) {
		/* The multi interface itself failed: whatever is still queued gets the
		 * same internal error. */
		mm_error_set(&batch, MM_ERROR_INTERNAL, 0, "libcurl's multi interface failed.");
		for (i = 0; i < n; i++) {
			if (transfers[i].easy) {
				errors[i] = batch;
				curl_multi_remove_handle(multi, transfers[i].easy);
				mm_http_transfer_cleanup(pool, &transfers[i]);
			}
		}
		all_ok = false;
	}
cleanup:
	if (multi) {
		curl_multi_cleanup(multi);
	}
	mm_free(transfers);
	return all_ok;
}
