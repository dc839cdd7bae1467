#include "sigv4.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include "mm_alloc.h"
#include "sigv4_canonical.h"

#define SIGV4_ALGORITHM "AWS4-HMAC-SHA256"
#define SIGV4_TERMINATOR "aws4_request"

static const char hex_lower[] = "0123456789abcdef";

static void hex_encode(const unsigned char* in, size_t len, char* out)
{
	size_t i;

	for (i = 0; i < len; i++) {
		out[2 * i] = hex_lower[in[i] >> 4];
		out[2 * i + 1] = hex_lower[in[i] & 0x0f];
	}
	out[2 * len] = '\0';
}

static bool sha256_hex(const void* data, size_t len, char out[MM_SIGV4_HEX_LEN + 1])
{
	unsigned char digest[SHA256_DIGEST_LENGTH];

	if (!SHA256((const unsigned char*)data, len, digest)) {
		return false;
	}
	hex_encode(digest, sizeof(digest), out);
	return true;
}

static bool hmac_sha256(
    const void* key, size_t key_len, const void* data, size_t len, unsigned char out[MM_SIGV4_KEY_LEN])
{
	unsigned int out_len = 0;

	if (key_len > INT32_MAX) {
		return false;
	}
	if (!HMAC(EVP_sha256(), key, (int)key_len, (const unsigned char*)data, len, out, &out_len)) {
		return false;
	}
	return out_len == MM_SIGV4_KEY_LEN;
}

/* ---- input checks ------------------------------------------------------ */

static bool check_timestamp(const char* ts, mm_error* err)
{
	char quoted[64];
	size_t i, len = strlen(ts);
	int month, day, hour, minute, second;

	if (len == MM_SIGV4_TIMESTAMP_LEN && ts[8] == 'T' && ts[15] == 'Z') {
		for (i = 0; i < MM_SIGV4_TIMESTAMP_LEN; i++) {
			if (i != 8 && i != 15 && (ts[i] < '0' || ts[i] > '9')) {
				break;
			}
		}
		if (i == MM_SIGV4_TIMESTAMP_LEN) {
			month = (ts[4] - '0') * 10 + (ts[5] - '0');
			day = (ts[6] - '0') * 10 + (ts[7] - '0');
			hour = (ts[9] - '0') * 10 + (ts[10] - '0');
			minute = (ts[11] - '0') * 10 + (ts[12] - '0');
			second = (ts[13] - '0') * 10 + (ts[14] - '0');
			if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 &&
			    second <= 60) {
				return true;
			}
		}
	}
	mm_quote(quoted, sizeof(quoted), ts, len);
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
	    "AWS signing timestamp %s is not a UTC time of the form YYYYMMDDTHHMMSSZ.", quoted);
}

/* The access key goes into the Authorization header and the token into a
 * header of its own, so neither may hold a control byte; they are not quoted
 * back because they are credentials. */
static bool check_credentials(const mm_sigv4_params* p, mm_error* err)
{
	size_t i;

	if (!p->access_key || p->access_key_len == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "AWS access key is empty.");
	}
	for (i = 0; i < p->access_key_len; i++) {
		unsigned char c = (unsigned char)p->access_key[i];
		if (c <= 0x20 || c >= 0x7f || c == '/' || c == ',' || c == ';' || c == '=') {
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "AWS access key contains a character that is not allowed at offset %zu.", i);
		}
	}
	if (!p->signing_key && (!p->secret_key || p->secret_key_len == 0)) {
		return mm_error_set(
		    err, MM_ERROR_INVALID_ARGUMENT, 0, "AWS signing needs a secret key or a precomputed signing key.");
	}
	if (p->session_token && p->session_token_len) {
		for (i = 0; i < p->session_token_len; i++) {
			unsigned char c = (unsigned char)p->session_token[i];
			if (c <= 0x20 || c >= 0x7f) {
				return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
				    "AWS session token contains a character that is not allowed at offset %zu.", i);
			}
		}
	}
	return true;
}

/* ---- key derivation and signing ----------------------------------------- */

bool mm_sigv4_derive_key(const char* secret_key, size_t secret_key_len, const char* date8, const char* region,
    size_t region_len, const char* service, size_t service_len, unsigned char out[MM_SIGV4_KEY_LEN], mm_error* err)
{
	unsigned char k[MM_SIGV4_KEY_LEN];
	unsigned char* first = NULL;
	size_t i;
	bool ok = false;

	if (!secret_key || secret_key_len == 0) {
		return mm_error_set(
		    err, MM_ERROR_INVALID_ARGUMENT, 0, "AWS signing needs a secret key or a precomputed signing key.");
	}
	for (i = 0; date8 && i < 8; i++) {
		if (date8[i] < '0' || date8[i] > '9') {
			break;
		}
	}
	if (!date8 || i < 8) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "AWS signing date is not 8 digits (YYYYMMDD).");
	}
	if (!mm_sigv4_check_scope_part(region, region_len, "region", err) ||
	    !mm_sigv4_check_scope_part(service, service_len, "service", err)) {
		return false;
	}
	if (secret_key_len > ((size_t)-1) - 4 || !(first = mm_malloc(secret_key_len + 4))) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while deriving the AWS signing key.");
	}
	memcpy(first, "AWS4", 4);
	memcpy(first + 4, secret_key, secret_key_len);
	ok = hmac_sha256(first, secret_key_len + 4, date8, 8, k) && hmac_sha256(k, sizeof(k), region, region_len, k) &&
	    hmac_sha256(k, sizeof(k), service, service_len, k) &&
	    hmac_sha256(k, sizeof(k), SIGV4_TERMINATOR, strlen(SIGV4_TERMINATOR), k);
	if (ok) {
		memcpy(out, k, sizeof(k));
	}
	OPENSSL_cleanse(first, secret_key_len + 4);
	mm_free(first);
	OPENSSL_cleanse(k, sizeof(k));
	if (!ok) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "OpenSSL failed to compute an HMAC-SHA256.");
	}
	return true;
}

/* Writes v (0 <= v < 10^width) as exactly width decimal digits. */
static void put_digits(char* out, long long v, int width)
{
	while (width-- > 0) {
		out[width] = (char)('0' + v % 10);
		v /= 10;
	}
}

bool mm_sigv4_format_timestamp(time_t t, char out[MM_SIGV4_TIMESTAMP_LEN + 1])
{
	long long days, secs, era, doe, yoe, doy, mp, year, month, day;

	if (t < 0) {
		return false;
	}
	days = (long long)(t / 86400);
	secs = (long long)(t % 86400);
	/* Days since 1970-01-01 to a proleptic Gregorian date, counting eras of
	 * 400 years from 0000-03-01 so that leap days fall at the end of a year. */
	days += 719468;
	era = days / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	day = doy - (153 * mp + 2) / 5 + 1;
	month = mp < 10 ? mp + 3 : mp - 9;
	year = yoe + era * 400 + (month <= 2);
	if (year > 9999) {
		return false;
	}
	put_digits(out, year, 4);
	put_digits(out + 4, month, 2);
	put_digits(out + 6, day, 2);
	out[8] = 'T';
	put_digits(out + 9, secs / 3600, 2);
	put_digits(out + 11, (secs / 60) % 60, 2);
	put_digits(out + 13, secs % 60, 2);
	out[15] = 'Z';
	out[16] = '\0';
	return true;
}

void mm_sigv4_result_init(mm_sigv4_result* res)
{
	memset(res, 0, sizeof(*res));
	mm_buf_init(&res->canonical_request);
	mm_buf_init(&res->string_to_sign);
}

static void wipe_buf(mm_buf* b)
{
	if (b->data) {
		OPENSSL_cleanse(b->data, b->cap);
	}
	mm_buf_free(b);
}

void mm_sigv4_result_free(mm_sigv4_result* res)
{
	if (res->authorization) {
		OPENSSL_cleanse(res->authorization, strlen(res->authorization));
		mm_free(res->authorization);
	}
	wipe_buf(&res->canonical_request);
	wipe_buf(&res->string_to_sign);
	OPENSSL_cleanse(res->signature, sizeof(res->signature));
	mm_sigv4_result_init(res);
}

/* Checks the scope and credentials, and settles the timestamp. */
static bool check_input(const mm_sigv4_params* p, char ts[MM_SIGV4_TIMESTAMP_LEN + 1], mm_error* err)
{
	if (p->timestamp) {
		if (!check_timestamp(p->timestamp, err)) {
			return false;
		}
		memcpy(ts, p->timestamp, MM_SIGV4_TIMESTAMP_LEN + 1);
	} else if (!mm_sigv4_format_timestamp(p->time, ts)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "AWS signing time %lld is outside the years 1970 to 9999.", (long long)p->time);
	}
	return mm_sigv4_check_scope_part(p->region, p->region_len, "region", err) &&
	    mm_sigv4_check_scope_part(p->service, p->service_len, "service", err) && check_credentials(p, err);
}

bool mm_sigv4_sign(const mm_sigv4_request* req, const mm_sigv4_params* p, mm_sigv4_result* res, mm_error* err)
{
	char ts[MM_SIGV4_TIMESTAMP_LEN + 1];
	char creq_hash[MM_SIGV4_HEX_LEN + 1];
	unsigned char key[MM_SIGV4_KEY_LEN], sig[MM_SIGV4_KEY_LEN];
	size_t len;
	bool ok = false;
	mm_buf signed_headers, scope, auth;
	mm_buf* creq = &res->canonical_request;
	mm_buf* sts = &res->string_to_sign;

	mm_sigv4_result_free(res);
	mm_buf_init(&signed_headers);
	mm_buf_init(&scope);
	mm_buf_init(&auth);
	if (!check_input(p, ts, err)) {
		return false;
	}
	if (!sha256_hex(req->body ? req->body : "", req->body ? req->body_len : 0, res->payload_hash)) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "OpenSSL failed to compute a SHA-256.");
		goto cleanup;
	}
	memcpy(res->amz_date, ts, sizeof(ts));
	if (!mm_sigv4_canonical_request(req, p, res->amz_date, res->payload_hash, creq, &signed_headers, err)) {
		goto cleanup;
	}

	if (!sha256_hex(creq->data, creq->len, creq_hash)) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "OpenSSL failed to compute a SHA-256.");
		goto cleanup;
	}
	mm_buf_append(&scope, ts, 8);
	mm_buf_append_char(&scope, '/');
	mm_buf_append(&scope, p->region, p->region_len);
	mm_buf_append_char(&scope, '/');
	mm_buf_append(&scope, p->service, p->service_len);
	mm_buf_append_str(&scope, "/" SIGV4_TERMINATOR);
	mm_buf_appendf(sts, SIGV4_ALGORITHM "\n%s\n", ts);
	mm_buf_append(sts, scope.data, scope.len);
	mm_buf_append_char(sts, '\n');
	mm_buf_append(sts, creq_hash, MM_SIGV4_HEX_LEN);
	if (sts->failed || scope.failed) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while signing an AWS request.");
		goto cleanup;
	}

	if (p->signing_key) {
		memcpy(key, p->signing_key, sizeof(key));
	} else if (!mm_sigv4_derive_key(p->secret_key, p->secret_key_len, ts, p->region, p->region_len, p->service,
	               p->service_len, key, err)) {
		goto cleanup;
	}
	if (!hmac_sha256(key, sizeof(key), sts->data, sts->len, sig)) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "OpenSSL failed to compute an HMAC-SHA256.");
		goto cleanup;
	}
	hex_encode(sig, sizeof(sig), res->signature);

	/* No space after the commas, as in the original (spec §2 step 12). */
	mm_buf_append_str(&auth, SIGV4_ALGORITHM " Credential=");
	mm_buf_append(&auth, p->access_key, p->access_key_len);
	mm_buf_append_char(&auth, '/');
	mm_buf_append(&auth, scope.data, scope.len);
	mm_buf_append_str(&auth, ",SignedHeaders=");
	mm_buf_append(&auth, signed_headers.data, signed_headers.len);
	mm_buf_append_str(&auth, ",Signature=");
	mm_buf_append(&auth, res->signature, MM_SIGV4_HEX_LEN);
	if (auth.failed) {
		mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while signing an AWS request.");
		goto cleanup;
	}
	res->authorization = mm_buf_detach(&auth, &len);
	ok = true;
cleanup:
	OPENSSL_cleanse(key, sizeof(key));
	OPENSSL_cleanse(sig, sizeof(sig));
	mm_buf_free(&signed_headers);
	mm_buf_free(&scope);
	wipe_buf(&auth);
	if (!ok) {
		mm_sigv4_result_free(res);
	}
	return ok;
}

bool mm_sigv4_sign_http_request(mm_http_request* req, const mm_sigv4_params* p, mm_error* err)
{
	mm_sigv4_request r;
	mm_sigv4_result res;
	size_t before = req->header_count;
	bool have_token = p->session_token && p->session_token_len;
	size_t needed = 2 + (p->sign_payload ? 1 : 0) + (have_token ? 1 : 0);
	bool ok;

	if (req->header_count + needed > MM_HTTP_MAX_HEADERS) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Too many request headers to add the AWS signature.");
	}
	r.method = req->method;
	r.url = req->url;
	r.url_len = req->url ? strlen(req->url) : 0;
	r.header_lines = (const char* const*)req->headers;
	r.header_count = req->header_count;
	r.body = req->body.data;
	r.body_len = req->body.len;
	mm_sigv4_result_init(&res);
	if (!mm_sigv4_sign(&r, p, &res, err)) {
		return false;
	}
	ok = mm_http_request_add_header(req, "X-Amz-Date", res.amz_date, MM_SIGV4_TIMESTAMP_LEN, err) &&
	    (!p->sign_payload ||
	        mm_http_request_add_header(req, "X-Amz-Content-Sha256", res.payload_hash, MM_SIGV4_HEX_LEN, err)) &&
	    (!have_token ||
	        mm_http_request_add_header(req, "X-Amz-Security-Token", p->session_token, p->session_token_len, err)) &&
	    mm_http_request_add_header(req, "Authorization", res.authorization, strlen(res.authorization), err);
	if (!ok) {
		/* Leave the request as it was: drop whatever was added. */
		while (req->header_count > before) {
			char* line = req->headers[--req->header_count];
			OPENSSL_cleanse(line, strlen(line));
			mm_free(line);
			req->headers[req->header_count] = NULL;
		}
	}
	mm_sigv4_result_free(&res);
	return ok;
}
