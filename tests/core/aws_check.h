/* Shared by the SES and SNS core tests: an independent SigV4 check of a
 * built request (canonical request written out here, HMAC via OpenSSL). */
#ifndef MM_TEST_AWS_CHECK_H
#define MM_TEST_AWS_CHECK_H

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <string.h>

#include "http_request.h"

static void aws_hex(const unsigned char* in, size_t len, char* out)
{
	size_t i;
	for (i = 0; i < len; i++) {
		sprintf(out + 2 * i, "%02x", in[i]);
	}
}

static void aws_hmac(const unsigned char* key, size_t key_len, const char* msg, unsigned char out[32])
{
	unsigned int n = 32;
	HMAC(EVP_sha256(), key, (int)key_len, (const unsigned char*)msg, strlen(msg), out, &n);
}

static const char* aws_header(const mm_http_request* req, const char* name)
{
	size_t i, n = strlen(name);
	for (i = 0; i < req->header_count; i++) {
		if (strncmp(req->headers[i], name, n) == 0 && req->headers[i][n] == ':') {
			return req->headers[i] + n + 2;
		}
	}
	return NULL;
}

/* The Authorization value AWS expects for req: POST to path on host, signed
 * headers host;x-amz-date[;x-amz-security-token]. */
static void aws_expected_authorization(const mm_http_request* req, const char* host, const char* path,
    const char* access_key, const char* secret, const char* region, const char* service, char* out, size_t out_size)
{
	const char* date = aws_header(req, "X-Amz-Date");
	const char* token = aws_header(req, "X-Amz-Security-Token");
	unsigned char digest[32], key[32];
	char body_hash[65], creq_hash[65], sig[65], creq[4096], sts[1024], scope[128], k0[256];

	SHA256((const unsigned char*)req->body.data, req->body.len, digest);
	aws_hex(digest, 32, body_hash);
	snprintf(creq, sizeof(creq), "POST\n%s\n\nhost:%s\nx-amz-date:%s\n%s%s%s\nhost;x-amz-date%s\n%s", path, host,
	    date, token ? "x-amz-security-token:" : "", token ? token : "", token ? "\n" : "",
	    token ? ";x-amz-security-token" : "", body_hash);
	SHA256((const unsigned char*)creq, strlen(creq), digest);
	aws_hex(digest, 32, creq_hash);
	snprintf(scope, sizeof(scope), "%.8s/%s/%s/aws4_request", date, region, service);
	snprintf(sts, sizeof(sts), "AWS4-HMAC-SHA256\n%s\n%s\n%s", date, scope, creq_hash);
	snprintf(k0, sizeof(k0), "AWS4%s", secret);
	snprintf(creq, 9, "%.8s", date);
	aws_hmac((const unsigned char*)k0, strlen(k0), creq, key);
	aws_hmac(key, 32, region, key);
	aws_hmac(key, 32, service, key);
	aws_hmac(key, 32, "aws4_request", key);
	aws_hmac(key, 32, sts, digest);
	aws_hex(digest, 32, sig);
	snprintf(out, out_size, "AWS4-HMAC-SHA256 Credential=%s/%s,SignedHeaders=host;x-amz-date%s,Signature=%s",
	    access_key, scope, token ? ";x-amz-security-token" : "", sig);
}

#endif
