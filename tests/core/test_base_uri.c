/* Base URIs: an accept table (with the normalized form) and a reject table
 * (with the reason), user-info never quoted, joining. */
#include "base_uri.h"
#include "check.h"
#include "mm_alloc.h"

typedef struct {
	const char* in;
	const char* normalized;
	unsigned port;
	const char* host;
	const char* path;
} accept_case;

typedef struct {
	const char* in;
	const char* reason; /* a substring of the message */
} reject_case;

static const accept_case accepts[] = {
	{ "https://api.mailgun.net", "https://api.mailgun.net", 0, "api.mailgun.net", "" },
	{ "https://api.eu.mailgun.net/", "https://api.eu.mailgun.net", 0, "api.eu.mailgun.net", "" },
	{ "HTTPS://API.Twilio.COM", "https://api.twilio.com", 0, "api.twilio.com", "" },
	{ "https://example.com:8443/prefix/v1/", "https://example.com:8443/prefix/v1", 8443, "example.com",
	    "/prefix/v1" },
	{ "https://example.com///", "https://example.com", 0, "example.com", "" },
	{ "https://10.0.0.1:1", "https://10.0.0.1:1", 1, "10.0.0.1", "" },
	{ "https://[2001:db8::1]:443/x", "https://[2001:db8::1]:443/x", 443, "[2001:db8::1]", "/x" },
	{ "http://127.0.0.1:8025", "http://127.0.0.1:8025", 8025, "127.0.0.1", "" },
	{ "http://127.255.0.9/mock", "http://127.255.0.9/mock", 0, "127.255.0.9", "/mock" },
	{ "http://localhost:65535", "http://localhost:65535", 65535, "localhost", "" },
	{ "http://LocalHost/", "http://localhost", 0, "localhost", "" },
	{ "http://[::1]:9000/a/b", "http://[::1]:9000/a/b", 9000, "[::1]", "/a/b" },
	{ "https://h.example/p%20q/~x_y-z.1!$&'()*+,;=:", "https://h.example/p%20q/~x_y-z.1!$&'()*+,;=:", 0,
	    "h.example", "/p%20q/~x_y-z.1!$&'()*+,;=:" },
};

static const reject_case rejects[] = {
	{ "ftp://example.com", "must start with https://" },
	{ "example.com", "must start with https://" },
	{ "https:/example.com", "must start with https://" },
	{ "http://example.com", "only for a loopback host" },
	{ "http://10.0.0.1", "only for a loopback host" },
	{ "http://128.0.0.1", "only for a loopback host" },
	{ "http://0127.0.0.1", "only for a loopback host" },
	{ "http://127.1", "only for a loopback host" },
	{ "http://127.0.0.256", "only for a loopback host" },
	{ "http://localhost.example.com", "only for a loopback host" },
	{ "http://[::2]", "only for a loopback host" },
	{ "https://", "empty host" },
	{ "https:///path", "empty host" },
	{ "https://:443", "empty host" },
	{ "https://example.com:0", "invalid port" },
	{ "https://example.com:65536", "invalid port" },
	{ "https://example.com:", "invalid port" },
	{ "https://example.com:12a", "invalid port" },
	{ "https://example.com:123456", "invalid port" },
	{ "https://example.com/a?b=1", "must not contain a query" },
	{ "https://example.com/#frag", "must not contain a fragment" },
	{ "https://exa mple.com", "whitespace" },
	{ "https://example.com/\tx", "whitespace" },
	{ "https://example.com\r\n", "whitespace" },
	{ "https://ex\xC3\xA4mple.com", "non-ASCII" },
	{ "https://exa_mple.com", "malformed host" },
	{ "https://example..com", "malformed host" },
	{ "https://.example.com", "malformed host" },
	{ "https://[::1", "malformed IPv6 host" },
	{ "https://[zz::1]", "malformed IPv6 host" },
	{ "https://[::1]x", "invalid port" },
	{ "https://example.com/a//b", "malformed path" },
	{ "https://example.com/a/../b", "malformed path" },
	{ "https://example.com/./b", "malformed path" },
	{ "https://example.com/a%2", "malformed path" },
	{ "https://example.com/a\\b", "malformed path" },
	{ "https://example.com/<x>", "malformed path" },
};

static void test_accepts(void)
{
	size_t i;

	for (i = 0; i < sizeof(accepts) / sizeof(accepts[0]); i++) {
		const accept_case* c = &accepts[i];
		mm_base_uri uri;
		mm_error err;

		mm_error_clear(&err);
		if (!mm_base_uri_parse(c->in, strlen(c->in), &uri, &err)) {
			CHECK(!"accepted");
			fprintf(stderr, "  %s: %s\n", c->in, err.message);
			continue;
		}
		CHECK_BYTES(uri.text, uri.len, c->normalized);
		CHECK(uri.port == c->port);
		CHECK(uri.https == (strncmp(c->normalized, "https", 5) == 0));
		CHECK_BYTES(uri.text + uri.host_off, uri.host_len, c->host);
		CHECK_BYTES(uri.text + uri.path_off, uri.len - uri.path_off, c->path);
		mm_base_uri_free(&uri);
	}
}

static void test_rejects(void)
{
	size_t i;

	for (i = 0; i < sizeof(rejects) / sizeof(rejects[0]); i++) {
		const reject_case* c = &rejects[i];
		mm_base_uri uri;
		mm_error err;

		mm_error_clear(&err);
		CHECK(!mm_base_uri_parse(c->in, strlen(c->in), &uri, &err));
		CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
		CHECK(uri.text == NULL);
		if (!strstr(err.message, c->reason)) {
			CHECK(!"reason");
			fprintf(stderr, "  %s: %s\n", c->in, err.message);
		}
	}
}

static void test_messages(void)
{
	mm_base_uri uri;
	mm_error err;
	const char* secret = "https://api:key-s3cr3t@api.mailgun.net";
	const char* slash_secret = "https://user:pa/ss@evil.example";

	/* User-info may be a password: say so, never quote it. */
	CHECK(!mm_base_uri_parse(secret, strlen(secret), &uri, &err));
	CHECK(strstr(err.message, "user-info") != NULL);
	CHECK(strstr(err.message, "s3cr3t") == NULL);
	CHECK(!mm_base_uri_parse(slash_secret, strlen(slash_secret), &uri, &err));
	CHECK(strstr(err.message, "user-info") != NULL && strstr(err.message, "pa") == NULL);

	/* Other messages quote the value with control characters escaped. */
	CHECK(!mm_base_uri_parse("ftp://x\n", 8, &uri, &err));
	CHECK_BYTES(err.message, strlen(err.message),
	    "Base URI must not contain whitespace, control or non-ASCII characters, 'ftp://x\\n' given");
	CHECK(!mm_base_uri_parse("https://a.example\0.evil", 23, &uri, &err));
	CHECK(strstr(err.message, "'https://a.example\\0.evil'") != NULL);
	CHECK(!mm_base_uri_parse("", 0, &uri, &err));
}

static void test_host_and_join(void)
{
	mm_base_uri uri;
	mm_error err;
	mm_buf url;

	mm_buf_init(&url);
	CHECK(mm_base_uri_parse_host("api.mailgun.net", 15, &uri, &err));
	CHECK_BYTES(uri.text, uri.len, "https://api.mailgun.net");
	mm_base_uri_join(&uri, "/v3/mg.example.com/messages", 27, &url);
	CHECK_BYTES(url.data, url.len, "https://api.mailgun.net/v3/mg.example.com/messages");
	mm_base_uri_free(&uri);
	mm_base_uri_free(&uri);

	/* Unlike the original, a port in the host name works. */
	CHECK(mm_base_uri_parse_host("api.example.com:8443", 20, &uri, &err));
	CHECK_BYTES(uri.text, uri.len, "https://api.example.com:8443");
	mm_base_uri_free(&uri);
	CHECK(!mm_base_uri_parse_host("api.example.com/v9", 18, &uri, &err));
	CHECK(strstr(err.message, "'api.example.com/v9'") != NULL);
	CHECK(!mm_base_uri_parse_host("u:p@h", 5, &uri, &err));
	CHECK(strstr(err.message, "u:p") == NULL);
	CHECK(!mm_base_uri_parse_host("", 0, &uri, &err));
	CHECK(!mm_base_uri_parse_host("a..b", 4, &uri, &err));
	/* A failure of the inner base-URI check still speaks of the host name given. */
	CHECK(!mm_base_uri_parse_host("api.example.com:0", 17, &uri, &err));
	CHECK(strcmp(err.message,
	          "API host name must be a host name with an optional :port (1-65535), "
	          "'api.example.com:0' given") == 0);

	mm_buf_reset(&url);
	CHECK(mm_base_uri_parse("http://127.0.0.1:8025/mock/", 27, &uri, &err));
	mm_base_uri_join(&uri, "/2010-04-01/Accounts", 20, &url);
	CHECK_BYTES(url.data, url.len, "http://127.0.0.1:8025/mock/2010-04-01/Accounts");
	mm_base_uri_free(&uri);
	mm_buf_free(&url);
}

int main(void)
{
	test_accepts();
	test_rejects();
	test_messages();
	test_host_and_join();
	CHECK(mm_alloc_live() == 0);
	return check_summary("base_uri");
}
