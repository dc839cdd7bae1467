#include "webhook_mailgun.h"

#include <limits.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "buffer.h"

#define MM_SHA256_HEX_LEN 64

/* Parses decimal digits into *out; false on anything else or overflow. */
static bool parse_seconds(const char* s, size_t len, long* out)
{
	long v = 0;
	size_t i;

	if (len == 0) {
		return false;
	}
	for (i = 0; i < len; i++) {
		int d;
		if (s[i] < '0' || s[i] > '9') {
			return false;
		}
		d = s[i] - '0';
		if (v > (LONG_MAX - d) / 10) {
			return false;
		}
		v = v * 10 + d;
	}
	*out = v;
	return true;
}

/* Lower-case hex HMAC-SHA256 of a || b into hex (65 bytes). */
static bool hmac_hex(
    const char* key, size_t key_len, const char* a, size_t a_len, const char* b, size_t b_len, char* hex)
{
	static const char digits[] = "0123456789abcdef";
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned int mac_len = 0;
	mm_buf data;
	bool ok;
	size_t i;

	if (key_len > INT_MAX) {
		return false;
	}
	mm_buf_init(&data);
	mm_buf_append(&data, a, a_len);
	mm_buf_append(&data, b, b_len);
	ok = !data.failed &&
	    HMAC(EVP_sha256(), key, (int)key_len, (const unsigned char*)(data.data ? data.data : ""), data.len, mac,
	        &mac_len) != NULL &&
	    mac_len * 2 == MM_SHA256_HEX_LEN;
	if (ok) {
		for (i = 0; i < mac_len; i++) {
			hex[2 * i] = digits[mac[i] >> 4];
			hex[2 * i + 1] = digits[mac[i] & 0x0F];
		}
		hex[MM_SHA256_HEX_LEN] = '\0';
	}
	OPENSSL_cleanse(mac, sizeof(mac));
	mm_buf_free(&data);
	return ok;
}

bool mm_mailgun_webhook_verify(const char* key, size_t key_len, const char* timestamp, size_t ts_len, const char* token,
    size_t tok_len, const char* signature, size_t sig_len, long now, long max_age_seconds, mm_error* err)
{
	char expected[MM_SHA256_HEX_LEN + 1];
	char quoted[160];
	long ts, skew;
	bool match;

	if (key_len == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_MAILGUN_WEBHOOK_NO_KEY,
		    "Mailgun webhook signing key is empty, so every signature would be forgeable");
	}
	if (max_age_seconds <= 0 || now < 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_MAILGUN_WEBHOOK_BAD_WINDOW,
		    "Mailgun webhook check needs a positive maximum age and a non-negative current time, %ld and %ld given",
		    max_age_seconds, now);
	}
	if (!parse_seconds(timestamp, ts_len, &ts)) {
		mm_quote(quoted, sizeof(quoted), timestamp, ts_len);
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_MAILGUN_WEBHOOK_MALFORMED,
		    "Mailgun webhook timestamp must be decimal seconds, %s given", quoted);
	}
	if (!hmac_hex(key, key_len, timestamp, ts_len, token ? token : "", tok_len, expected)) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Could not compute the Mailgun webhook HMAC");
	}
	/* The length is public (always 64); the bytes are compared in constant time. */
	match = sig_len == MM_SHA256_HEX_LEN && CRYPTO_memcmp(expected, signature, MM_SHA256_HEX_LEN) == 0;
	OPENSSL_cleanse(expected, sizeof(expected));
	if (!match) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_MAILGUN_WEBHOOK_BAD_SIGNATURE,
		    "Mailgun webhook signature is not valid; check the webhook signing key");
	}
	skew =
	    max_age_seconds < MM_MAILGUN_WEBHOOK_MAX_FUTURE_SKEW ? max_age_seconds : MM_MAILGUN_WEBHOOK_MAX_FUTURE_SKEW;
	/* Both ts and now are >= 0 here, so neither difference can overflow. */
	if (ts < now && now - ts > max_age_seconds) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_MAILGUN_WEBHOOK_STALE,
		    "Mailgun webhook timestamp %ld is %ld seconds old, more than the allowed %ld", ts, now - ts,
		    max_age_seconds);
	}
	if (ts > now && ts - now > skew) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, MM_MAILGUN_WEBHOOK_FUTURE,
		    "Mailgun webhook timestamp %ld is %ld seconds in the future, more than the allowed %ld", ts,
		    ts - now, skew);
	}
	return true;
}
