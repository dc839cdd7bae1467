/* The Mailgun webhook check on hostile form fields: fields are key,
 * timestamp, token, signature, then "now" and "max age" as decimal text.
 * Whatever they hold, the answer is a clean yes or an invalid-argument
 * no whose message does not depend on the key; and a signature computed here for
 * the same fields is accepted when the time is inside the window. */
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "fuzz_common.h"
#include "webhook_mailgun.h"

static long small_number(fuzz_field f)
{
	long n = 0;
	size_t i;

	for (i = 0; i < f.len && i < 12; i++) {
		n = n * 10 + (f.ptr[i] & 0x0F) % 10;
	}
	return (f.len > 0 && f.ptr[0] == '-') ? -n : n;
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
	fuzz_field key, ts, token, sig, now_f, age_f;
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned mac_len = 0;
	char hex[2 * EVP_MAX_MD_SIZE + 1];
	char *k, *t, *to, *s, *msg;
	long now, age;
	mm_error err;
	unsigned i;
	bool ok;

	fuzz_next_field(&data, &size, &key);
	fuzz_next_field(&data, &size, &ts);
	fuzz_next_field(&data, &size, &token);
	fuzz_next_field(&data, &size, &sig);
	fuzz_next_field(&data, &size, &now_f);
	fuzz_next_field(&data, &size, &age_f);
	k = fuzz_copy(key.ptr, key.len);
	t = fuzz_copy(ts.ptr, ts.len);
	to = fuzz_copy(token.ptr, token.len);
	s = fuzz_copy(sig.ptr, sig.len);
	now = small_number(now_f);
	age = small_number(age_f);

	mm_error_clear(&err);
	ok = mm_mailgun_webhook_verify(k, key.len, t, ts.len, to, token.len, s, sig.len, now, age, &err);
	FUZZ_CHECK(ok || err.domain == MM_ERROR_INVALID_ARGUMENT);
	/* The message never depends on the key: another key of the same length
	 * fails the same way (an authentic-but-stale request aside, which the
	 * other key turns into a bad signature). */
	if (!ok && err.code != MM_MAILGUN_WEBHOOK_STALE && err.code != MM_MAILGUN_WEBHOOK_FUTURE) {
		mm_error other;
		char* k2 = fuzz_copy(k, key.len);

		for (i = 0; i < key.len; i++) {
			k2[i] ^= 0x55;
		}
		mm_error_clear(&other);
		FUZZ_CHECK(
		    !mm_mailgun_webhook_verify(k2, key.len, t, ts.len, to, token.len, s, sig.len, now, age, &other));
		FUZZ_CHECK(other.code == err.code && strcmp(other.message, err.message) == 0);
		free(k2);
	}
	if (ok) {
		FUZZ_CHECK(key.len > 0 && sig.len == 64);
	}

	/* The genuine signature for these fields. */
	msg = malloc(ts.len + token.len + 1);
	FUZZ_CHECK(msg != NULL);
	memcpy(msg, ts.ptr, ts.len);
	memcpy(msg + ts.len, token.ptr, token.len);
	FUZZ_CHECK(HMAC(EVP_sha256(), k, (int)key.len, (unsigned char*)msg, ts.len + token.len, mac, &mac_len));
	for (i = 0; i < mac_len; i++) {
		snprintf(hex + 2 * i, 3, "%02x", mac[i]);
	}
	mm_error_clear(&err);
	ok = mm_mailgun_webhook_verify(k, key.len, t, ts.len, to, token.len, hex, 2 * mac_len, now, age, &err);
	if (key.len > 0 && age > 0 && now >= 0 && ts.len > 0 && ts.len <= 12) {
		bool digits = true;
		long stamp = 0;

		for (i = 0; i < ts.len; i++) {
			digits = digits && ts.ptr[i] >= '0' && ts.ptr[i] <= '9';
			stamp = stamp * 10 + (ts.ptr[i] - '0');
		}
		if (digits && stamp <= now && now - stamp <= age) {
			FUZZ_CHECK(ok);
		}
	}
	if (ok) {
		FUZZ_CHECK(key.len > 0);
	}
	free(msg);
	free(k);
	free(t);
	free(to);
	free(s);
	return 0;
}
