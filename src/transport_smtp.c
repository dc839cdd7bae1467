/* The SMTP transport over libcurl's SMTP client (RFC 5321). libcurl speaks
 * the protocol; this file checks what goes on the wire (libcurl 7.88 puts CR
 * and LF inside envelope addresses on the wire as they are), follows the
 * server's replies through the header callback (libcurl hands every reply
 * line to it) so a failure can name its stage, recipient and reply, and
 * decides when a dropped connection may be retried. */
#include "transport_smtp.h"

#include "curl_error.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>
#include <openssl/evp.h>

#include "mm_alloc.h"

#define MM_SMTP_URL_MAX 600
#define MM_SMTP_HOST_MAX 256
#define MM_SMTP_HOSTS_MAX 16
#define MM_SMTP_REPLY_MAX 400

struct mm_smtp_session {
	pid_t owner_pid;
	CURL* easy;
	size_t preferred_host; /* index of the host that last worked */
	long connections;
	/* SHA-256 of the options a connection depends on (host list, TLS
	 * settings, credentials): a change drops the handle with its
	 * connections and TLS sessions, so they are never reused under
	 * different settings. A digest, so no password copy is kept here. */
	unsigned char settings[32];
};

/* One attempt: the message being uploaded and what the server said. */
typedef struct {
	const char* data;
	size_t len;
	size_t offset;
	bool body_started;  /* libcurl asked for message bytes: DATA got its 354 */
	bool body_complete; /* ... and every byte was handed over */
	long replies;       /* complete replies in this attempt */
	int last_code;
	/* 2xx replies in a row since the EHLO reply: MAIL, then each RCPT. */
	long ok_run;
	long ok_run_before_last;
	bool expect_ehlo_reply;
	char reply[MM_SMTP_REPLY_MAX]; /* the reply being read, lines joined */
	char last_reply[MM_SMTP_REPLY_MAX];
	char errbuf[CURL_ERROR_SIZE];
} mm_smtp_attempt;

typedef struct {
	char name[MM_SMTP_HOST_MAX]; /* as written in the URL (IPv6 in brackets) */
	long port;
} mm_smtp_host;

void mm_smtp_options_init(mm_smtp_options* opts)
{
	memset(opts, 0, sizeof(*opts));
	opts->port = MM_SMTP_DEFAULT_PORT;
}

mm_smtp_session* mm_smtp_session_new(void)
{
	mm_smtp_session* session = mm_calloc(1, sizeof(*session));

	if (session) {
		session->owner_pid = getpid();
	}
	return session;
}

void mm_smtp_session_free(mm_smtp_session* session)
{
	/* A forked child must not QUIT on (or shut TLS down over) the parent's
	 * socket, so it leaves the session alone. */
	if (!session || session->owner_pid != getpid()) {
		return;
	}
	if (session->easy) {
		curl_easy_cleanup(session->easy);
	}
	mm_free(session);
}

bool mm_smtp_session_usable(const mm_smtp_session* session) { return session && session->owner_pid == getpid(); }

long mm_smtp_session_connections(const mm_smtp_session* session) { return session ? session->connections : 0; }

/* ---- checks ------------------------------------------------------------- */

bool mm_smtp_check_address(const char* address, bool allow_empty, const char* what, mm_error* err)
{
	char quoted[120];
	const unsigned char* p;

	if (!address || (!address[0] && !allow_empty)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "The %s address is empty.", what);
	}
	for (p = (const unsigned char*)address; *p; p++) {
		/* A CR or LF would end the command and start another (a second RCPT
		 * TO, a DATA of our own); brackets and spaces would change its
		 * meaning (RFC 5321 §4.1.2). */
		if (*p < 0x20 || *p == 0x7f || *p == ' ' || *p == '<' || *p == '>') {
			mm_quote(quoted, sizeof(quoted), address, strlen(address));
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "The %s address %s contains a control character, space or angle bracket.", what, quoted);
		}
	}
	return true;
}

bool mm_smtp_check_data(const char* data, size_t len, mm_error* err)
{
	size_t i, line_start = 0, line = 1;

	for (i = 0; i < len; i++) {
		char c = data[i];

		if (c == '\r' || c == '\n') {
			/* RFC 5321 §2.3.8: lines end in CRLF and nothing else. */
			if (c == '\n' || i + 1 >= len || data[i + 1] != '\n') {
				return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
				    "The raw message has a bare %s on line %zu; SMTP needs CRLF line endings.",
				    c == '\r' ? "CR" : "LF", line);
			}
			if (i - line_start > MM_SMTP_MAX_LINE) {
				return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
				    "Line %zu of the raw message is %zu octets long; SMTP allows %d.", line,
				    i - line_start, MM_SMTP_MAX_LINE);
			}
			i++;
			line++;
			line_start = i + 1;
		} else if (c == '\0') {
			return mm_error_set(
			    err, MM_ERROR_INVALID_ARGUMENT, 0, "The raw message has a NUL byte on line %zu.", line);
		}
	}
	if (len - line_start > MM_SMTP_MAX_LINE) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "Line %zu of the raw message is %zu octets long; SMTP allows %d.", line, len - line_start,
		    MM_SMTP_MAX_LINE);
	}
	return true;
}

static bool host_char_ok(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
	    c == '_';
}

static bool parse_port(const char* s, size_t len, long* port)
{
	long v = 0;
	size_t i;

	if (len == 0 || len > 5) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return false;
		}
		v = v * 10 + (s[i] - '0');
	}
	*port = v;
	return v >= 1 && v <= 65535;
}

/* One entry of the host list. Only host-name and IP-literal characters get
 * into the URL, so no entry can add a path, user or query to it. */
static bool parse_host(const char* s, size_t len, long default_port, mm_smtp_host* out, mm_error* err)
{
	const char* colon;
	size_t name_len, i;
	bool v6 = false;
	char quoted[120];

	while (len > 0 && (*s == ' ' || *s == '\t')) {
		s++, len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t')) {
		len--;
	}
	out->port = default_port;
	if (len > 0 && s[0] == '[') {
		const char* close = memchr(s, ']', len);

		if (!close) {
			goto bad;
		}
		name_len = (size_t)(close - s) + 1;
		if (name_len < len && (close[1] != ':' || !parse_port(close + 2, len - name_len - 1, &out->port))) {
			goto bad;
		}
		v6 = true;
	} else {
		colon = memchr(s, ':', len);
		name_len = colon ? (size_t)(colon - s) : len;
		if (colon && memchr(colon + 1, ':', len - name_len - 1)) {
			/* A bare IPv6 address: no port possible without brackets. */
			name_len = len;
			v6 = true;
		} else if (colon && !parse_port(colon + 1, len - name_len - 1, &out->port)) {
			goto bad;
		}
	}
	if (name_len == 0 || name_len + 3 > sizeof(out->name)) {
		goto bad;
	}
	for (i = 0; i < name_len; i++) {
		char c = s[i];

		if (!(host_char_ok(c) || (v6 && (c == ':' || c == '[' || c == ']')))) {
			goto bad;
		}
	}
	if (v6 && s[0] != '[') {
		snprintf(out->name, sizeof(out->name), "[%.*s]", (int)name_len, s);
	} else {
		memcpy(out->name, s, name_len);
		out->name[name_len] = '\0';
	}
	return true;
bad:
	mm_quote(quoted, sizeof(quoted), s, len);
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
	    "The SMTP host %s is not a host name or IP address with an optional :port.", quoted);
}

static size_t parse_hosts(const mm_smtp_options* opts, mm_smtp_host* hosts, mm_error* err)
{
	const char* s = opts->host;
	long port = opts->port > 0 ? opts->port : MM_SMTP_DEFAULT_PORT;
	size_t n = 0;

	if (!s || !s[0]) {
		mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "No SMTP host is configured (option 'host').");
		return 0;
	}
	if (port > 65535) {
		mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "The SMTP port %ld is not between 1 and 65535.", port);
		return 0;
	}
	while (*s) {
		const char* end = strchr(s, ';');
		size_t len = end ? (size_t)(end - s) : strlen(s);

		if (n == MM_SMTP_HOSTS_MAX) {
			mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "The SMTP host list has more than %d hosts.",
			    MM_SMTP_HOSTS_MAX);
			return 0;
		}
		if (!parse_host(s, len, port, &hosts[n++], err)) {
			return 0;
		}
		s += len + (end ? 1 : 0);
	}
	return n;
}

bool mm_smtp_check_hosts(const char* host, mm_error* err)
{
	mm_smtp_host hosts[MM_SMTP_HOSTS_MAX];
	mm_smtp_options opts;

	mm_smtp_options_init(&opts);
	opts.host = host;
	return parse_hosts(&opts, hosts, err) > 0;
}

static bool check_helo(const char* name, mm_error* err)
{
	char quoted[120];
	size_t i;

	for (i = 0; name[i]; i++) {
		if (!host_char_ok(name[i])) {
			mm_quote(quoted, sizeof(quoted), name, strlen(name));
			return mm_error_set(
			    err, MM_ERROR_INVALID_ARGUMENT, 0, "The EHLO name %s is not a host name.", quoted);
		}
	}
	return true;
}

/* ---- libcurl callbacks ---------------------------------------------------- */

static size_t on_read(char* buffer, size_t size, size_t nitems, void* userdata)
{
	mm_smtp_attempt* a = userdata;
	size_t n = size * nitems;

	a->body_started = true;
	if (n > a->len - a->offset) {
		n = a->len - a->offset;
	}
	memcpy(buffer, a->data + a->offset, n);
	a->offset += n;
	/* libcurl stops asking once it has the announced size, so the last
	 * chunk (not a zero-length read) marks the end. */
	if (a->offset == a->len) {
		a->body_complete = true;
	}
	return n;
}

/* Appends a reply line's text to buf, control bytes as '?' (the text ends up
 * in an exception message). */
static void append_reply_text(char* buf, const char* text, size_t len)
{
	size_t used = strlen(buf);
	size_t i;

	if (used > 0 && used + 1 < MM_SMTP_REPLY_MAX) {
		buf[used++] = ' ';
	}
	for (i = 0; i < len && used + 1 < MM_SMTP_REPLY_MAX; i++) {
		unsigned char c = (unsigned char)text[i];
		buf[used++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
	}
	buf[used] = '\0';
}

/* Every server reply line ("250-...", "250 ..."): the last line of a reply
 * has a space (or nothing) after the code (RFC 5321 §4.2.1). */
static size_t on_reply_line(char* line, size_t size, size_t nitems, void* userdata)
{
	mm_smtp_attempt* a = userdata;
	size_t len = size * nitems;
	size_t text_len;
	int code;
	bool last;

	while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
		len--;
	}
	if (len < 3 || line[0] < '1' || line[0] > '5' || line[1] < '0' || line[1] > '9' || line[2] < '0' ||
	    line[2] > '9') {
		return size * nitems;
	}
	code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
	last = len == 3 || line[3] != '-';
	text_len = len > 4 ? len - 4 : 0;
	append_reply_text(a->reply, line + 4, text_len);
	if (!last) {
		return size * nitems;
	}
	if (code == 221) {
		/* The answer to the QUIT libcurl sends after a failure: the failure
		 * is the reply before it. */
		a->reply[0] = '\0';
		return size * nitems;
	}
	a->replies++;
	a->last_code = code;
	memcpy(a->last_reply, a->reply, sizeof(a->reply));
	a->reply[0] = '\0';
	a->ok_run_before_last = a->ok_run;
	if (a->expect_ehlo_reply) {
		/* The answer to EHLO (or HELO) comes after each 220. */
		a->expect_ehlo_reply = false;
		a->ok_run = 0;
	} else if (code == 220) {
		a->expect_ehlo_reply = true;
		a->ok_run = 0;
	} else if (code == 250 || code == 251) {
		a->ok_run++;
	} else {
		a->ok_run = 0;
	}
	return size * nitems;
}

static void digest_field(EVP_MD_CTX* ctx, const char* value)
{
	/* The length first, so ("ab", "c") and ("a", "bc") differ. */
	size_t len = value ? strlen(value) + 1 : 0;

	EVP_DigestUpdate(ctx, &len, sizeof(len));
	if (value) {
		EVP_DigestUpdate(ctx, value, len);
	}
}

/* Drops the handle when the connection settings changed since the last send. */
static bool renew_handle_if_changed(mm_smtp_session* session, const mm_smtp_options* opts)
{
	unsigned char md[32];
	unsigned int md_len = 0;
	EVP_MD_CTX* ctx = EVP_MD_CTX_new();
	long numbers[2];
	bool ok;

	if (!ctx) {
		return false;
	}
	numbers[0] = opts->port;
	numbers[1] = (long)opts->protocol;
	ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1;
	if (ok) {
		EVP_DigestUpdate(ctx, numbers, sizeof(numbers));
		digest_field(ctx, opts->host);
		digest_field(ctx, opts->cainfo);
		digest_field(ctx, opts->user);
		digest_field(ctx, opts->password);
		digest_field(ctx, opts->helo_name);
		ok = EVP_DigestFinal_ex(ctx, md, &md_len) == 1 && md_len == sizeof(md);
	}
	EVP_MD_CTX_free(ctx);
	if (!ok) {
		return false;
	}
	if (session->easy && memcmp(md, session->settings, sizeof(md)) != 0) {
		curl_easy_cleanup(session->easy);
		session->easy = NULL;
		session->preferred_host = 0;
	}
	memcpy(session->settings, md, sizeof(md));
	return true;
}

/* ---- one attempt ------------------------------------------------------------ */

static bool set_options(CURL* e, const mm_smtp_options* opts, const char* url, const char* mail_from,
    struct curl_slist* rcpts, mm_smtp_attempt* a, bool fresh)
{
	long timeout = opts->timeout_ms > 0 ? opts->timeout_ms : MM_SMTP_DEFAULT_TIMEOUT_MS;
	long connect_timeout = opts->connect_timeout_ms > 0 ? opts->connect_timeout_ms : timeout;
	bool auth = opts->user && opts->user[0];
	bool ok = true;

	ok = ok && curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_VERBOSE, 0L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_NOPROGRESS, 1L) == CURLE_OK;
#if LIBCURL_VERSION_NUM >= 0x075500
	ok = ok && curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "smtp,smtps") == CURLE_OK;
#else
	ok = ok && curl_easy_setopt(e, CURLOPT_PROTOCOLS, (long)(CURLPROTO_SMTP | CURLPROTO_SMTPS)) == CURLE_OK;
#endif
	ok = ok && curl_easy_setopt(e, CURLOPT_URL, url) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L) == CURLE_OK;
	ok = ok &&
	    curl_easy_setopt(e, CURLOPT_USE_SSL,
	        opts->protocol == MM_SMTP_STARTTLS ? (long)CURLUSESSL_ALL : (long)CURLUSESSL_NONE) == CURLE_OK;
	if (opts->cainfo && opts->cainfo[0]) {
		ok = ok && curl_easy_setopt(e, CURLOPT_CAINFO, opts->cainfo) == CURLE_OK;
	}
	ok = ok && curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, timeout) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, connect_timeout) == CURLE_OK;
	/* Also bounds the QUIT exchange when the session is freed. */
	ok = ok && curl_easy_setopt(e, CURLOPT_SERVER_RESPONSE_TIMEOUT, (timeout + 999) / 1000) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, fresh ? 1L : 0L) == CURLE_OK;
	/* Credentials only when asked for: an empty user means no AUTH at all. */
	ok = ok && curl_easy_setopt(e, CURLOPT_USERNAME, auth ? opts->user : NULL) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_PASSWORD, auth && opts->password ? opts->password : NULL) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_MAIL_FROM, mail_from) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_MAIL_RCPT, rcpts) == CURLE_OK;
	/* A refused recipient fails the send before DATA: no partial delivery. */
	ok = ok && curl_easy_setopt(e, CURLOPT_MAIL_RCPT_ALLLOWFAILS, 0L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_UPLOAD, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_INFILESIZE_LARGE, (curl_off_t)a->len) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_READFUNCTION, on_read) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_READDATA, (void*)a) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_reply_line) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_HEADERDATA, (void*)a) == CURLE_OK;
	ok = ok && curl_easy_setopt(e, CURLOPT_ERRORBUFFER, a->errbuf) == CURLE_OK;
	return ok;
}

static bool starts_with(const char* s, const char* prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

/* The enhanced status code ("5.1.1", RFC 3463) at the start of a reply. */
static void enhanced_code(const char* text, char* out, size_t size)
{
	size_t n = 0;

	out[0] = '\0';
	if (!(text[0] >= '2' && text[0] <= '5' && text[1] == '.')) {
		return;
	}
	while (text[n] && ((text[n] >= '0' && text[n] <= '9') || text[n] == '.')) {
		n++;
	}
	if (n + 1 <= size) {
		memcpy(out, text, n);
		out[n] = '\0';
	}
}

/* The server refused something: which command, from libcurl's sentence and
 * the replies counted so far. */
static bool fail_refused(const mm_smtp_attempt* a, const mm_smtp_host* host, const char* mail_from,
    const char* const* recipients, size_t n, mm_error* err)
{
	char what[200];
	char quoted[120];
	int code = a->last_code;

	if (starts_with(a->errbuf, "RCPT failed")) {
		long index = a->ok_run_before_last - 1; /* the MAIL reply came first */

		if (index >= 0 && (size_t)index < n) {
			mm_quote(quoted, sizeof(quoted), recipients[index], strlen(recipients[index]));
			snprintf(what, sizeof(what), "the recipient %s (RCPT TO)", quoted);
		} else {
			snprintf(what, sizeof(what), "a recipient (RCPT TO)");
		}
	} else if (starts_with(a->errbuf, "MAIL failed")) {
		mm_quote(quoted, sizeof(quoted), mail_from, strlen(mail_from));
		snprintf(what, sizeof(what), "the sender %s (MAIL FROM)", quoted);
	} else if (starts_with(a->errbuf, "DATA failed")) {
		snprintf(what, sizeof(what), "the DATA command");
	} else if (a->body_complete) {
		snprintf(what, sizeof(what), "the message after DATA");
	} else if (starts_with(a->errbuf, "Authentication failed") || starts_with(a->errbuf, "Access denied")) {
		snprintf(what, sizeof(what), "the login (AUTH)");
	} else if (starts_with(a->errbuf, "Remote access denied")) {
		snprintf(what, sizeof(what), "the greeting (EHLO/HELO)");
	} else if (starts_with(a->errbuf, "STARTTLS denied")) {
		snprintf(what, sizeof(what), "STARTTLS");
	} else {
		snprintf(what, sizeof(what), "the session");
	}
	mm_error_set(err, MM_ERROR_PROVIDER, code < 500 ? MM_PROVIDER_TRANSIENT : MM_PROVIDER_PERMANENT,
	    "The SMTP server %s:%ld refused %s with %d%s%s.", host->name, host->port, what, code,
	    a->last_reply[0] ? ": " : "", a->last_reply);
	err->status = code;
	enhanced_code(a->last_reply, err->provider_code, sizeof(err->provider_code));
	snprintf(err->provider_message, sizeof(err->provider_message), "%s", a->last_reply);
	return false;
}

static bool fail_attempt(const mm_smtp_attempt* a, CURLcode rc, const mm_smtp_host* host, const char* mail_from,
    const char* const* recipients, size_t n, mm_error* err)
{
	const char* why = a->errbuf[0] ? a->errbuf : curl_easy_strerror(rc);
	size_t len = strlen(why);
	int code;

	while (len > 0 && (why[len - 1] == '\n' || why[len - 1] == '.')) {
		len--;
	}
	if (rc == CURLE_OUT_OF_MEMORY) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory talking to the SMTP server.");
	}
	if (rc == CURLE_LOGIN_DENIED) {
		/* 535 (RFC 4954 §6) or whatever the server said; no credentials in the
		 * message, only that they were refused. */
		mm_error_set(err, MM_ERROR_PROVIDER, MM_PROVIDER_PERMANENT,
		    "The SMTP server %s:%ld refused the login (AUTH)%s%s.", host->name, host->port,
		    a->last_code >= 400 ? ": " : " (no authentication mechanism in common)",
		    a->last_code >= 400 ? a->last_reply : "");
		err->status = a->last_code >= 400 ? a->last_code : 0;
		enhanced_code(a->last_reply, err->provider_code, sizeof(err->provider_code));
		snprintf(err->provider_message, sizeof(err->provider_message), "%s", a->last_reply);
		return false;
	}
	code = mm_curl_error_class(rc);
	if (code != MM_TRANSPORT_TIMEOUT && code != MM_TRANSPORT_TLS && a->last_code >= 400) {
		return fail_refused(a, host, mail_from, recipients, n, err);
	}
	if (code == MM_TRANSPORT_TLS && a->last_code >= 400 && rc == CURLE_USE_SSL_FAILED) {
		mm_error_set(err, MM_ERROR_TRANSPORT, code, "The SMTP server %s:%ld refused STARTTLS with %d: %s.",
		    host->name, host->port, a->last_code, a->last_reply);
	} else if (code == MM_TRANSPORT_TIMEOUT) {
		mm_error_set(err, MM_ERROR_TRANSPORT, code, "The SMTP server %s:%ld did not answer in time%s: %.*s.",
		    host->name, host->port, a->body_complete ? " after the whole message was sent" : "", (int)len, why);
	} else if (code == MM_TRANSPORT_CONNECTION_LOST && a->body_complete) {
		mm_error_set(err, MM_ERROR_TRANSPORT, code,
		    "The connection to the SMTP server %s:%ld was lost after the whole message was sent: %.*s.",
		    host->name, host->port, (int)len, why);
	} else {
		mm_error_set(err, MM_ERROR_TRANSPORT, code, "SMTP to %s:%ld failed: %.*s.", host->name, host->port,
		    (int)len, why);
	}
	/* Once the terminator may have gone out, the server may have queued the
	 * message: a retry could deliver it twice. */
	err->outcome_unknown = a->body_complete && code != MM_TRANSPORT_CONNECT;
	return false;
}

/* A reused connection that turned out dead (closed, reset, or a 421 "closing
 * channel" reply) before the message went out: safe to redo on a new one. */
static bool dropped_before_data(const mm_smtp_attempt* a, CURLcode rc, long new_connections)
{
	if (new_connections > 0 || a->body_started) {
		return false;
	}
	if (a->last_code == 421) {
		return true;
	}
	return a->replies == 0 &&
	    (rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR || rc == CURLE_GOT_NOTHING ||
	        rc == CURLE_WEIRD_SERVER_REPLY);
}

static CURLcode perform(mm_smtp_session* session, const mm_smtp_options* opts, const char* url, const char* mail_from,
    struct curl_slist* rcpts, mm_smtp_attempt* a, bool fresh, long* new_connections, mm_error* err)
{
	CURLcode rc;

	a->offset = 0;
	a->body_started = a->body_complete = false;
	a->replies = a->ok_run = a->ok_run_before_last = 0;
	a->last_code = 0;
	a->expect_ehlo_reply = false;
	a->reply[0] = a->last_reply[0] = a->errbuf[0] = '\0';
	*new_connections = 0;
	if (!set_options(session->easy, opts, url, mail_from, rcpts, a, fresh)) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "libcurl rejected an SMTP option.");
		return CURLE_FAILED_INIT;
	}
	rc = curl_easy_perform(session->easy);
	curl_easy_getinfo(session->easy, CURLINFO_NUM_CONNECTS, new_connections);
	session->connections += *new_connections;
	/* The attempt and the recipient list live on the caller's stack, and
	 * libcurl still reads replies (QUIT) when the handle is cleaned up. */
	curl_easy_setopt(session->easy, CURLOPT_HEADERFUNCTION, NULL);
	curl_easy_setopt(session->easy, CURLOPT_HEADERDATA, NULL);
	curl_easy_setopt(session->easy, CURLOPT_READFUNCTION, NULL);
	curl_easy_setopt(session->easy, CURLOPT_READDATA, NULL);
	curl_easy_setopt(session->easy, CURLOPT_ERRORBUFFER, NULL);
	curl_easy_setopt(session->easy, CURLOPT_MAIL_RCPT, NULL);
	return rc;
}

bool mm_smtp_send(mm_smtp_session* session, const mm_smtp_options* opts, const char* mail_from,
    const char* const* recipients, size_t recipient_count, const char* data, size_t len, mm_error* err)
{
	mm_smtp_host hosts[MM_SMTP_HOSTS_MAX];
	mm_smtp_attempt a;
	struct curl_slist* rcpts = NULL;
	const char* helo = opts->helo_name && opts->helo_name[0] ? opts->helo_name : "localhost";
	char url[MM_SMTP_URL_MAX];
	size_t host_count, i, tried;
	bool ok = false;

	mm_error_clear(err);
	if (!session || session->owner_pid != getpid()) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0,
		    "The SMTP session is missing or belongs to another process (it was created before fork).");
	}
	if (!mail_from) {
		mail_from = "";
	}
	host_count = parse_hosts(opts, hosts, err);
	if (host_count == 0 || !check_helo(helo, err) || !mm_smtp_check_address(mail_from, true, "sender", err) ||
	    !mm_smtp_check_data(data, len, err)) {
		return false;
	}
	if (recipient_count == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "The message has no recipient (no To or Cc).");
	}
	for (i = 0; i < recipient_count; i++) {
		struct curl_slist* next;

		if (!mm_smtp_check_address(recipients[i], false, "recipient", err)) {
			goto cleanup;
		}
		next = curl_slist_append(rcpts, recipients[i]);
		if (!next) {
			mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory.");
			goto cleanup;
		}
		rcpts = next;
	}
	if (!renew_handle_if_changed(session, opts)) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "OpenSSL could not compute a digest.");
		goto cleanup;
	}
	if (!session->easy && !(session->easy = curl_easy_init())) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "libcurl could not create a handle.");
		goto cleanup;
	}

	memset(&a, 0, sizeof(a));
	a.data = data;
	a.len = len;
	if (session->preferred_host >= host_count) {
		session->preferred_host = 0;
	}
	for (tried = 0; tried < host_count; tried++) {
		size_t h = (session->preferred_host + tried) % host_count;
		long new_connections = 0;
		CURLcode rc;

		snprintf(url, sizeof(url), "%s://%s:%ld/%s", opts->protocol == MM_SMTP_IMPLICIT_TLS ? "smtps" : "smtp",
		    hosts[h].name, hosts[h].port, helo);
		rc = perform(session, opts, url, mail_from, rcpts, &a, false, &new_connections, err);
		if (rc == CURLE_FAILED_INIT && mm_error_is_set(err)) {
			goto cleanup;
		}
		if (rc != CURLE_OK && dropped_before_data(&a, rc, new_connections)) {
			rc = perform(session, opts, url, mail_from, rcpts, &a, true, &new_connections, err);
			if (rc == CURLE_FAILED_INIT && mm_error_is_set(err)) {
				goto cleanup;
			}
		}
		if (rc == CURLE_OK) {
			session->preferred_host = h;
			ok = true;
			goto cleanup;
		}
		fail_attempt(&a, rc, &hosts[h], mail_from, recipients, recipient_count, err);
		/* Only a host that could not be reached at all lets the next one try. */
		if (!(err->domain == MM_ERROR_TRANSPORT && err->code == MM_TRANSPORT_CONNECT)) {
			goto cleanup;
		}
	}
cleanup:
	curl_slist_free_all(rcpts);
	return ok;
}
