/* AWS SigV4: AWS's published test vectors and our SES/SNS vectors from
 * data/sigv4/ (format in its README), the IAM signing-key example, the Host
 * and query rules, signing an mm_http_request, and the rejections. */
#include <dirent.h>
#include <stdlib.h>

#include <openssl/crypto.h>

#include "check.h"
#include "http_request.h"
#include "mm_alloc.h"
#include "sigv4.h"

#define DATA_DIR "data/sigv4"
#define MAX_LINES 64

typedef struct {
	char* text; /* the whole file, cut into lines in place */
	const char* access_key;
	const char* secret_key;
	const char* token;
	const char* region;
	const char* service;
	const char* timestamp;
	const char* method;
	const char* url;
	const char* body;
	const char* signing_key;
	const char* headers[MAX_LINES];
	size_t header_count;
	/* Expected sections, NUL-terminated copies (NULL when absent). */
	char* creq;
	char* sts;
	char* authz;
} vector;

static char* read_file(const char* path)
{
	FILE* f = fopen(path, "rb");
	char* text;
	long size;

	if (!f) {
		return NULL;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, 0, SEEK_SET);
	text = calloc(1, (size_t)size + 1);
	if (text && fread(text, 1, (size_t)size, f) != (size_t)size) {
		free(text);
		text = NULL;
	}
	fclose(f);
	return text;
}

/* Section text runs to the next "--- " line; trailing newlines dropped. */
static char* take_section(char** cursor)
{
	char* start = *cursor;
	char* p = start;
	char* copy;
	size_t len;

	while (*p && !(p[0] == '-' && p[1] == '-' && p[2] == '-' && p[3] == ' ' && (p == start || p[-1] == '\n'))) {
		p++;
	}
	len = (size_t)(p - start);
	while (len && start[len - 1] == '\n') {
		len--;
	}
	copy = calloc(1, len + 1);
	memcpy(copy, start, len);
	*cursor = p;
	return copy;
}

static bool parse_vector(const char* path, vector* v)
{
	char* p;

	memset(v, 0, sizeof(*v));
	v->access_key = "AKIDEXAMPLE";
	v->secret_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
	v->region = "us-east-1";
	v->service = "service";
	v->timestamp = "20150830T123600Z";
	v->body = "";
	v->text = read_file(path);
	if (!v->text) {
		return false;
	}
	p = v->text;
	while (*p) {
		char* eol = strchr(p, '\n');
		char* line = p;
		char* value;

		if (strncmp(p, "--- ", 4) == 0) {
			char* name = p + 4;
			char** slot;
			if (!eol) {
				return false;
			}
			*eol = '\0';
			slot = strcmp(name, "creq") == 0 ? &v->creq : strcmp(name, "sts") == 0 ? &v->sts : &v->authz;
			p = eol + 1;
			*slot = take_section(&p);
			continue;
		}
		if (eol) {
			*eol = '\0';
			p = eol + 1;
		} else {
			p += strlen(p);
		}
		if (line[0] == '#' || line[0] == '\0' || !(value = strstr(line, ": "))) {
			continue;
		}
		*value = '\0';
		value += 2;
		if (strcmp(line, "header") == 0 && v->header_count < MAX_LINES) {
			v->headers[v->header_count++] = value;
		} else if (strcmp(line, "access-key") == 0) {
			v->access_key = value;
		} else if (strcmp(line, "secret-key") == 0) {
			v->secret_key = value;
		} else if (strcmp(line, "token") == 0) {
			v->token = value;
		} else if (strcmp(line, "region") == 0) {
			v->region = value;
		} else if (strcmp(line, "service") == 0) {
			v->service = value;
		} else if (strcmp(line, "timestamp") == 0) {
			v->timestamp = value;
		} else if (strcmp(line, "method") == 0) {
			v->method = value;
		} else if (strcmp(line, "url") == 0) {
			v->url = value;
		} else if (strcmp(line, "body") == 0) {
			v->body = value;
		} else if (strcmp(line, "signing-key") == 0) {
			v->signing_key = value;
		}
	}
	return v->method && v->url;
}

static void free_vector(vector* v)
{
	free(v->text);
	free(v->creq);
	free(v->sts);
	free(v->authz);
}

/* AWS writes ", " between the Authorization parts; we follow the original
 * (spec §2 step 12) and write ",". Everything else must match byte for byte. */
static void drop_comma_spaces(char* s)
{
	char* out = s;
	char prev = '\0';

	for (; *s; s++) {
		if (!(*s == ' ' && prev == ',')) {
			*out++ = *s;
		}
		prev = *s;
	}
	*out = '\0';
}

static mm_sigv4_params vector_params(const vector* v)
{
	mm_sigv4_params p;

	memset(&p, 0, sizeof(p));
	p.access_key = v->access_key;
	p.access_key_len = strlen(v->access_key);
	p.secret_key = v->secret_key;
	p.secret_key_len = strlen(v->secret_key);
	p.session_token = v->token;
	p.session_token_len = v->token ? strlen(v->token) : 0;
	p.region = v->region;
	p.region_len = strlen(v->region);
	p.service = v->service;
	p.service_len = strlen(v->service);
	p.timestamp = v->timestamp;
	return p;
}

static int run_vector(const char* path)
{
	vector v;
	mm_sigv4_request req;
	mm_sigv4_params p;
	mm_sigv4_result res;
	mm_error err;
	int failed_before = check_failed;

	if (!parse_vector(path, &v)) {
		fprintf(stderr, "%s: cannot read the vector\n", path);
		CHECK(0);
		free_vector(&v);
		return 0;
	}
	memset(&req, 0, sizeof(req));
	req.method = v.method;
	req.url = v.url;
	req.url_len = strlen(v.url);
	req.header_lines = v.headers;
	req.header_count = v.header_count;
	req.body = v.body;
	req.body_len = strlen(v.body);
	p = vector_params(&v);
	mm_error_clear(&err);
	mm_sigv4_result_init(&res);
	CHECK(mm_sigv4_sign(&req, &p, &res, &err));
	if (res.authorization) {
		if (v.creq) {
			CHECK_BYTES(res.canonical_request.data, res.canonical_request.len, v.creq);
		}
		if (v.sts) {
			CHECK_BYTES(res.string_to_sign.data, res.string_to_sign.len, v.sts);
		}
		CHECK(v.authz != NULL);
		if (v.authz) {
			drop_comma_spaces(v.authz);
			CHECK_BYTES(res.authorization, strlen(res.authorization), v.authz);
		}
		CHECK(strcmp(res.amz_date, v.timestamp) == 0);
	} else {
		fprintf(stderr, "%s: %s\n", path, err.message);
	}
	if (v.signing_key) {
		unsigned char key[MM_SIGV4_KEY_LEN];
		char hex[2 * MM_SIGV4_KEY_LEN + 1];
		size_t i;
		CHECK(mm_sigv4_derive_key(p.secret_key, p.secret_key_len, v.timestamp, p.region, p.region_len,
		    p.service, p.service_len, key, &err));
		for (i = 0; i < sizeof(key); i++) {
			snprintf(hex + 2 * i, 3, "%02x", key[i]);
		}
		CHECK_BYTES(hex, strlen(hex), v.signing_key);
	}
	if (check_failed != failed_before) {
		fprintf(stderr, "  in %s\n", path);
	}
	mm_sigv4_result_free(&res);
	free_vector(&v);
	return 1;
}

static int run_data_dir(void)
{
	DIR* dir = opendir(DATA_DIR);
	struct dirent* e;
	char path[512];
	int count = 0;
	size_t len;

	if (!dir) {
		fprintf(stderr, "cannot open %s (run from tests/core)\n", DATA_DIR);
		return 0;
	}
	while ((e = readdir(dir)) != NULL) {
		len = strlen(e->d_name);
		if (len > 4 && strcmp(e->d_name + len - 4, ".txt") == 0) {
			snprintf(path, sizeof(path), "%s/%s", DATA_DIR, e->d_name);
			count += run_vector(path);
		}
	}
	closedir(dir);
	return count;
}

/* Parameters for the hand-written checks below: AWS's suite credentials. */
static mm_sigv4_params suite_params(void)
{
	mm_sigv4_params p;

	memset(&p, 0, sizeof(p));
	p.access_key = "AKIDEXAMPLE";
	p.access_key_len = strlen(p.access_key);
	p.secret_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
	p.secret_key_len = strlen(p.secret_key);
	p.region = "us-east-1";
	p.region_len = strlen(p.region);
	p.service = "service";
	p.service_len = strlen(p.service);
	p.timestamp = "20150830T123600Z";
	return p;
}

/* Signs a bodiless request and returns the canonical request (caller frees),
 * or NULL with err filled. */
static char* sign_get(const char* method, const char* url, const char* const* headers, size_t header_count,
    const mm_sigv4_params* p, mm_error* err)
{
	mm_sigv4_request req;
	mm_sigv4_result res;
	char* creq = NULL;
	size_t len;

	memset(&req, 0, sizeof(req));
	req.method = method;
	req.url = url;
	req.url_len = strlen(url);
	req.header_lines = headers;
	req.header_count = header_count;
	mm_error_clear(err);
	mm_sigv4_result_init(&res);
	if (mm_sigv4_sign(&req, p, &res, err)) {
		creq = mm_buf_detach(&res.canonical_request, &len);
	}
	mm_sigv4_result_free(&res);
	return creq;
}

static bool creq_has(const char* creq, const char* needle) { return creq && strstr(creq, needle) != NULL; }

static void test_iam_signing_key(void)
{
	static const unsigned char want[MM_SIGV4_KEY_LEN] = { 0xf4, 0x78, 0x0e, 0x2d, 0x9f, 0x65, 0xfa, 0x89, 0x5f,
		0x9c, 0x67, 0xb3, 0x2c, 0xe1, 0xba, 0xf0, 0xb0, 0xd8, 0xa4, 0x35, 0x05, 0xa0, 0x00, 0xa1, 0xa9, 0xe0,
		0x90, 0xd4, 0x14, 0xdb, 0x40, 0x4d };
	const char* secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
	unsigned char key[MM_SIGV4_KEY_LEN];
	mm_error err;

	mm_error_clear(&err);
	CHECK(mm_sigv4_derive_key(secret, strlen(secret), "20120215", "us-east-1", 9, "iam", 3, key, &err));
	CHECK(memcmp(key, want, sizeof(key)) == 0);
	CHECK(!mm_sigv4_derive_key(secret, strlen(secret), "2012021x", "us-east-1", 9, "iam", 3, key, &err));
	CHECK(!mm_sigv4_derive_key("", 0, "20120215", "us-east-1", 9, "iam", 3, key, &err));
	CHECK(strstr(err.message, "secret key or a precomputed signing key") != NULL);
}

static void test_timestamps(void)
{
	char ts[MM_SIGV4_TIMESTAMP_LEN + 1];
	mm_sigv4_params p = suite_params();
	mm_error err;
	char *a, *b;

	CHECK(mm_sigv4_format_timestamp(1440938160, ts) && strcmp(ts, "20150830T123600Z") == 0);
	CHECK(mm_sigv4_format_timestamp(0, ts) && strcmp(ts, "19700101T000000Z") == 0);
	CHECK(mm_sigv4_format_timestamp(951868799, ts) && strcmp(ts, "20000229T235959Z") == 0);
	CHECK(mm_sigv4_format_timestamp(253402300799, ts) && strcmp(ts, "99991231T235959Z") == 0);
	CHECK(!mm_sigv4_format_timestamp(253402300800, ts));
	CHECK(!mm_sigv4_format_timestamp(-1, ts));

	/* A time_t and the equivalent string sign identically. */
	a = sign_get("GET", "https://example.amazonaws.com/", NULL, 0, &p, &err);
	p.timestamp = NULL;
	p.time = 1440938160;
	b = sign_get("GET", "https://example.amazonaws.com/", NULL, 0, &p, &err);
	CHECK(a && b && strcmp(a, b) == 0);
	mm_free(a);
	mm_free(b);

	p.timestamp = "20150830T123600";
	CHECK(sign_get("GET", "https://example.amazonaws.com/", NULL, 0, &p, &err) == NULL);
	CHECK(strcmp(err.message,
	          "AWS signing timestamp '20150830T123600' is not a UTC time of the form YYYYMMDDTHHMMSSZ.") == 0);
	p.timestamp = "20151330T123600Z";
	CHECK(sign_get("GET", "https://example.amazonaws.com/", NULL, 0, &p, &err) == NULL);
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
}

/* Each URL's canonical request must contain the given piece. */
static const struct {
	const char* url;
	const char* piece;
} url_cases[] = {
	/* Host is signed as libcurl sends it: the port only when not the default. */
	{ "https://localhost:4566/", "\nhost:localhost:4566\n" },
	{ "https://email.us-east-1.amazonaws.com:443/", "\nhost:email.us-east-1.amazonaws.com\n" },
	{ "http://example.com:80", "GET\n/\n\nhost:example.com\n" },
	{ "HTTP://example.com:443/a?x=1#frag", "GET\n/a\nx=1\nhost:example.com:443\n" },
	{ "https://[::1]:8443/", "\nhost:[::1]:8443\n" },
	{ "https://[::1]/", "\nhost:[::1]\n" },
	/* A name without '=' gets an empty value; pairs sort by name, then value. */
	{ "https://example.com/?b&a=1&a=&&c=x", "\na=&a=1&b=&c=x\n" },
	/* Query components are decoded first ('+' is a space), then re-encoded. */
	{ "https://example.com/?Message=Hello+World%21&Bad=%zz%4", "\nBad=%25zz%254&Message=Hello%20World%21\n" },
	/* The path is encoded once, '/' kept, no normalisation. */
	{ "https://example.com/a b/./%41/..//", "GET\n/a%20b/./%2541/..//\n" },
};

static void test_urls(void)
{
	mm_sigv4_params p = suite_params();
	mm_error err;
	size_t i;

	for (i = 0; i < sizeof(url_cases) / sizeof(url_cases[0]); i++) {
		char* c = sign_get("GET", url_cases[i].url, NULL, 0, &p, &err);
		if (!creq_has(c, url_cases[i].piece)) {
			fprintf(stderr, "url %s: canonical request [%s]\n", url_cases[i].url, c ? c : err.message);
			CHECK(0);
		} else {
			CHECK(1);
		}
		mm_free(c);
	}
}

/* Empty values are not sent by libcurl, so not signed; tabs collapse. */
static void test_headers(void)
{
	static const char* const headers[] = { "X-Empty:", "X-Blank:   ", "X-Tabs:\ta \t b\t",
		"Content-Type: text/plain" };
	mm_sigv4_params p = suite_params();
	mm_error err;
	char* c = sign_get("PUT", "https://example.com/", headers, 4, &p, &err);

	CHECK(creq_has(c,
	    "\ncontent-type:text/plain\nhost:example.com\nx-amz-date:20150830T123600Z\nx-tabs:a b\n\n"
	    "content-type;host;x-amz-date;x-tabs\n"));
	mm_free(c);
}

/* A precomputed signing key gives the same signature as the secret. */
static void test_precomputed_key(void)
{
	mm_sigv4_params p = suite_params();
	unsigned char key[MM_SIGV4_KEY_LEN];
	mm_sigv4_request req;
	mm_sigv4_result a, b;
	mm_error err;

	mm_error_clear(&err);
	CHECK(mm_sigv4_derive_key(p.secret_key, p.secret_key_len, "20150830", "us-east-1", 9, "service", 7, key, &err));
	memset(&req, 0, sizeof(req));
	req.method = "GET";
	req.url = "https://example.amazonaws.com/";
	req.url_len = strlen(req.url);
	mm_sigv4_result_init(&a);
	mm_sigv4_result_init(&b);
	CHECK(mm_sigv4_sign(&req, &p, &a, &err));
	p.secret_key = NULL;
	p.secret_key_len = 0;
	p.signing_key = key;
	CHECK(mm_sigv4_sign(&req, &p, &b, &err));
	CHECK(strcmp(a.signature, "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31") == 0);
	CHECK(strcmp(a.signature, b.signature) == 0);
	/* Signing into a used result replaces it. */
	CHECK(mm_sigv4_sign(&req, &p, &b, &err));
	CHECK(strcmp(a.authorization, b.authorization) == 0);
	mm_sigv4_result_free(&a);
	mm_sigv4_result_free(&b);
	OPENSSL_cleanse(key, sizeof(key));
}

/* The SES worked example (spec §6) through mm_http_request. */
static void test_http_request_ses(void)
{
	static const char body[] = "Action=SendRawEmail&RawMessage.Data=SGVsbG8%3D";
	mm_sigv4_params p;
	mm_http_request req;
	mm_error err;

	memset(&p, 0, sizeof(p));
	p.access_key = "AKIDSPECEXAMPLE";
	p.access_key_len = strlen(p.access_key);
	p.secret_key = "spec/secret+key/0000";
	p.secret_key_len = strlen(p.secret_key);
	p.region = "eu-west-1";
	p.region_len = 9;
	p.service = "ses";
	p.service_len = 3;
	p.time = 1704164645; /* 20240102T030405Z */
	mm_http_request_init(&req);
	req.method = "POST";
	req.url = mm_strndup("https://email.eu-west-1.amazonaws.com/", 38);
	mm_buf_append(&req.body, body, strlen(body));
	mm_error_clear(&err);
	CHECK(mm_sigv4_sign_http_request(&req, &p, &err));
	CHECK(req.header_count == 2);
	CHECK(req.header_count == 2 && strcmp(req.headers[0], "X-Amz-Date: 20240102T030405Z") == 0);
	CHECK(req.header_count == 2 &&
	    strcmp(req.headers[1],
	        "Authorization: AWS4-HMAC-SHA256 Credential=AKIDSPECEXAMPLE/20240102/eu-west-1/ses/aws4_request,"
	        "SignedHeaders=host;x-amz-date,"
	        "Signature=4a9c33a66fa388703a4f4b7beeaf495c22d960686638b7fd7f5a8fcc6811708f") == 0);
	/* Signing twice is refused (X-Amz-Date is now on it) and changes nothing. */
	CHECK(!mm_sigv4_sign_http_request(&req, &p, &err));
	CHECK(req.header_count == 2);
	CHECK(strcmp(err.message, "Header 'X-Amz-Date' is set by the AWS signer and must not be given.") == 0);
	mm_http_request_free(&req);
}

/* An SNS Publish GET with a session token through mm_http_request; the
 * expected signature is the one in data/sigv4/sns-publish-session-token.txt. */
static void test_http_request_sns_token(void)
{
	static const char url[] = "https://sns.us-east-1.amazonaws.com/?Version=2010-03-31&Action=Publish"
	                          "&PhoneNumber=%2B14155550123&Message=Hello%20from%20MetaMTA%21%20%E2%9C%93";
	static const char token[] = "FwoGZXIvYXdzEExample//SessionToken+Example=";
	mm_sigv4_params p;
	mm_http_request req;
	mm_error err;
	size_t i;

	memset(&p, 0, sizeof(p));
	p.access_key = "ASIAEXAMPLESNS000000";
	p.access_key_len = strlen(p.access_key);
	p.secret_key = "snsExampleSecret/+0000/EXAMPLEKEY";
	p.secret_key_len = strlen(p.secret_key);
	p.session_token = token;
	p.session_token_len = strlen(token);
	p.region = "us-east-1";
	p.region_len = 9;
	p.service = "sns";
	p.service_len = 3;
	p.timestamp = "20240102T030405Z";
	mm_http_request_init(&req);
	req.method = "GET";
	req.url = mm_strndup(url, strlen(url));
	mm_error_clear(&err);
	CHECK(mm_sigv4_sign_http_request(&req, &p, &err));
	CHECK(req.header_count == 3);
	if (req.header_count == 3) {
		CHECK(strcmp(req.headers[0], "X-Amz-Date: 20240102T030405Z") == 0);
		CHECK(strcmp(req.headers[1], "X-Amz-Security-Token: FwoGZXIvYXdzEExample//SessionToken+Example=") == 0);
		CHECK(strcmp(req.headers[2],
		          "Authorization: AWS4-HMAC-SHA256 Credential=ASIAEXAMPLESNS000000/20240102/us-east-1/sns/"
		          "aws4_request,SignedHeaders=host;x-amz-date;x-amz-security-token,"
		          "Signature=9e19d9a18612591e6f5d965c23425b59b78f7a2ae158d578fc2a94217d8aee89") == 0);
	}
	mm_http_request_free(&req);

	/* No room for the signature headers: refused, request unchanged. */
	mm_http_request_init(&req);
	req.method = "GET";
	req.url = mm_strndup(url, strlen(url));
	for (i = 0; i < MM_HTTP_MAX_HEADERS - 2; i++) {
		mm_http_request_add_header(&req, "X-Filler", "1", 1, &err);
	}
	CHECK(!mm_sigv4_sign_http_request(&req, &p, &err));
	CHECK(req.header_count == MM_HTTP_MAX_HEADERS - 2);
	p.session_token = NULL;
	p.session_token_len = 0;
	CHECK(mm_sigv4_sign_http_request(&req, &p, &err));
	CHECK(req.header_count == MM_HTTP_MAX_HEADERS);
	mm_http_request_free(&req);
}

/* Each rejection: the message is the expected sentence and never holds the
 * secret, the token or the access key. */
static void expect_error(const char* method, const char* url, const char* const* headers, size_t n,
    const mm_sigv4_params* p, const char* want)
{
	mm_error err;
	char* c = sign_get(method, url, headers, n, p, &err);

	CHECK(c == NULL);
	mm_free(c);
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	if (strcmp(err.message, want) != 0) {
		fprintf(stderr, "got message [%s]\nwant        [%s]\n", err.message, want);
		CHECK(0);
	}
	CHECK(strstr(err.message, "wJalrXUtnFEMI") == NULL);
	CHECK(strstr(err.message, "AKIDEXAMPLE") == NULL);
	CHECK(strstr(err.message, "SECRETTOKEN") == NULL);
}

static void test_errors(void)
{
	static const char* const date_header[] = { "x-amz-date: 20150830T123600Z" };
	static const char* const auth_header[] = { "Authorization: AWS4-HMAC-SHA256 x" };
	static const char* const no_colon[] = { "NoColon" };
	static const char* const bad_name[] = { "Bad Name: x" };
	static const char* const line_break[] = { "X-A: a\r\nX-B: b" };
	const char* u = "https://example.amazonaws.com/";
	mm_sigv4_params p = suite_params();
	mm_sigv4_params q;

	p.session_token = "SECRETTOKEN";
	p.session_token_len = 11;
	expect_error("GET", "ftp://example.com/", NULL, 0, &p,
	    "URL to sign 'ftp://example.com/' does not start with http:// or https://.");
	expect_error("GET", "https:///path", NULL, 0, &p, "URL to sign 'https:///path' has no host.");
	expect_error("GET", "https://:443/", NULL, 0, &p, "URL to sign 'https://:443/' has no host.");
	expect_error("GET", "https://example.com:99999/", NULL, 0, &p,
	    "URL to sign 'https://example.com:99999/' has an invalid port.");
	expect_error(
	    "GET", "https://example.com:/", NULL, 0, &p, "URL to sign 'https://example.com:/' has an invalid port.");
	expect_error("GET", "https://user:wJalrXUtnFEMI@example.com/", NULL, 0, &p,
	    "URL to sign must not contain user information.");
	expect_error("GET", "https://example.com/\r\nX: y", NULL, 0, &p,
	    "URL to sign 'https://example.com/\\r\\nX: y' contains a control character.");
	expect_error("G T", u, NULL, 0, &p, "HTTP method 'G T' is not a valid token.");
	expect_error("", u, NULL, 0, &p, "HTTP method '' is not a valid token.");
	expect_error(
	    "GET", u, date_header, 1, &p, "Header 'x-amz-date' is set by the AWS signer and must not be given.");
	expect_error(
	    "GET", u, auth_header, 1, &p, "Header 'Authorization' is set by the AWS signer and must not be given.");
	expect_error("GET", u, no_colon, 1, &p, "Header line 'NoColon' has no name before ':'.");
	expect_error("GET", u, bad_name, 1, &p, "Header name 'Bad Name' is not a valid token.");
	expect_error("GET", u, line_break, 1, &p, "Value of header 'X-A' contains a line break.");

	q = p;
	q.region = "us-east-1/x";
	q.region_len = strlen(q.region);
	expect_error(
	    "GET", u, NULL, 0, &q, "AWS region 'us-east-1/x' may only contain letters, digits, '-', '_', '.' and '~'.");
	q = p;
	q.service_len = 0;
	expect_error("GET", u, NULL, 0, &q, "AWS service is empty.");
	q = p;
	q.access_key_len = 0;
	expect_error("GET", u, NULL, 0, &q, "AWS access key is empty.");
	q = p;
	q.access_key = "AKIDEXAMPLE\r\n";
	q.access_key_len = 13;
	expect_error("GET", u, NULL, 0, &q, "AWS access key contains a character that is not allowed at offset 11.");
	q = p;
	q.secret_key = NULL;
	q.secret_key_len = 0;
	expect_error("GET", u, NULL, 0, &q, "AWS signing needs a secret key or a precomputed signing key.");
	q = p;
	q.session_token = "SECRETTOKEN\n";
	q.session_token_len = 12;
	expect_error("GET", u, NULL, 0, &q, "AWS session token contains a character that is not allowed at offset 11.");
	q = p;
	q.timestamp = NULL;
	q.time = -5;
	expect_error("GET", u, NULL, 0, &q, "AWS signing time -5 is outside the years 1970 to 9999.");
}

int main(void)
{
	int vectors = run_data_dir();

	/* 23 from AWS's suites, the spec's SES example and our SNS one. */
	CHECK(vectors >= 25);
	printf("sigv4: %d vector files\n", vectors);
	test_iam_signing_key();
	test_timestamps();
	test_urls();
	test_headers();
	test_precomputed_key();
	test_http_request_ses();
	test_http_request_sns_token();
	test_errors();
	CHECK(mm_alloc_live() == 0);
	return check_summary("sigv4");
}
