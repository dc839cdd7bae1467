/* Mailgun webhook check: a valid signature (vectors from Python's hmac),
 * and each refusal with its own code: wrong, upper-case, truncated or
 * NUL-carrying signatures, stale and future timestamps, malformed
 * timestamps, an empty key. */
#include "check.h"
#include "mm_alloc.h"
#include "webhook_mailgun.h"

#define KEY "key-abc"
#define TS "1700000000"
#define TOKEN "tok123"
#define SIG "fee8dc3f4c2c6691b512f4b59d0dce1593ce2417d6367fb0f0792940e0d42e6e"
#define NOW 1700000100L
#define MAX_AGE 900L

static int verify(const char* key, size_t key_len, const char* ts, size_t ts_len, const char* tok, size_t tok_len,
    const char* sig, size_t sig_len, long now, long max_age, mm_error* err)
{
	mm_error_clear(err);
	if (mm_mailgun_webhook_verify(key, key_len, ts, ts_len, tok, tok_len, sig, sig_len, now, max_age, err)) {
		return 0;
	}
	CHECK(strstr(err->message, SIG) == NULL);
	CHECK(strstr(err->message, KEY) == NULL);
	return err->code;
}

#define V(sig, now) \
	verify(KEY, strlen(KEY), TS, strlen(TS), TOKEN, strlen(TOKEN), (sig), strlen(sig), (now), MAX_AGE, &err)

int main(void)
{
	mm_error err;
	char sig[80];
	const char nul_key[] = "k\0ey";
	const char nul_token[] = "to\0k";
	const char nul_sig[] = "e5351b2188ddfb08f66609db655d8b1d5847772c9e38fa7fb358b345bf4431d0";
	size_t i;

	CHECK(V(SIG, NOW) == 0);
	CHECK(!mm_error_is_set(&err));
	/* The exact edges of the window. */
	CHECK(V(SIG, 1700000000L + MAX_AGE) == 0);
	CHECK(V(SIG, 1700000000L - MM_MAILGUN_WEBHOOK_MAX_FUTURE_SKEW) == 0);

	/* One changed hex digit. */
	strcpy(sig, SIG);
	sig[10] = sig[10] == '0' ? '1' : '0';
	CHECK(V(sig, NOW) == MM_MAILGUN_WEBHOOK_BAD_SIGNATURE);
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK_BYTES(
	    err.message, strlen(err.message), "Mailgun webhook signature is not valid; check the webhook signing key");

	/* Upper-case hex is a different string. */
	strcpy(sig, SIG);
	for (i = 0; sig[i]; i++) {
		if (sig[i] >= 'a' && sig[i] <= 'f') {
			sig[i] = (char)(sig[i] - 'a' + 'A');
		}
	}
	CHECK(V(sig, NOW) == MM_MAILGUN_WEBHOOK_BAD_SIGNATURE);

	/* Truncated, extended, empty. */
	CHECK(verify(KEY, 7, TS, 10, TOKEN, 6, SIG, 63, NOW, MAX_AGE, &err) == MM_MAILGUN_WEBHOOK_BAD_SIGNATURE);
	strcpy(sig, SIG "0");
	CHECK(V(sig, NOW) == MM_MAILGUN_WEBHOOK_BAD_SIGNATURE);
	CHECK(V("", NOW) == MM_MAILGUN_WEBHOOK_BAD_SIGNATURE);

	/* A NUL inside the signature does not shorten the comparison: the valid
	 * signature followed by NUL and junk, or with a NUL in place of a digit. */
	memcpy(sig, SIG, 64);
	sig[64] = '\0';
	sig[65] = 'x';
	CHECK(verify(KEY, 7, TS, 10, TOKEN, 6, sig, 66, NOW, MAX_AGE, &err) == MM_MAILGUN_WEBHOOK_BAD_SIGNATURE);
	memcpy(sig, SIG, 64);
	sig[63] = '\0';
	CHECK(verify(KEY, 7, TS, 10, TOKEN, 6, sig, 64, NOW, MAX_AGE, &err) == MM_MAILGUN_WEBHOOK_BAD_SIGNATURE);

	/* NULs in key and token are ordinary bytes of the HMAC input. */
	CHECK(verify(nul_key, 4, TS, 10, nul_token, 4, nul_sig, 64, NOW, MAX_AGE, &err) == 0);
	CHECK(verify(nul_key, 1, TS, 10, nul_token, 4, nul_sig, 64, NOW, MAX_AGE, &err) ==
	    MM_MAILGUN_WEBHOOK_BAD_SIGNATURE);
	CHECK(verify(nul_key, 4, TS, 10, nul_token, 2, nul_sig, 64, NOW, MAX_AGE, &err) ==
	    MM_MAILGUN_WEBHOOK_BAD_SIGNATURE);

	/* A missing token counts as empty (Python vector with an empty token). */
	CHECK(verify(KEY, 7, TS, 10, NULL, 0, "b3b3f505bf04365ec9f61b136a034c76e764cdcb17e51b80579dfa863ca3e3eb", 64,
	          NOW, MAX_AGE, &err) == 0);

	/* Stale: one second past the window. */
	CHECK(V(SIG, 1700000000L + MAX_AGE + 1) == MM_MAILGUN_WEBHOOK_STALE);
	CHECK_BYTES(err.message, strlen(err.message),
	    "Mailgun webhook timestamp 1700000000 is 901 seconds old, more than the allowed 900");
	CHECK(V(SIG, 2000000000L) == MM_MAILGUN_WEBHOOK_STALE);

	/* Future: the skew allowance is min(max age, MM_MAILGUN_WEBHOOK_MAX_FUTURE_SKEW). */
	CHECK(V(SIG, 1700000000L - MM_MAILGUN_WEBHOOK_MAX_FUTURE_SKEW - 1) == MM_MAILGUN_WEBHOOK_FUTURE);
	CHECK(strstr(err.message, "301 seconds in the future") != NULL);
	CHECK(verify(KEY, 7, TS, 10, TOKEN, 6, SIG, 64, 1700000000L - 31, 30, &err) == MM_MAILGUN_WEBHOOK_FUTURE);
	CHECK(verify(KEY, 7, TS, 10, TOKEN, 6, SIG, 64, 1700000000L - 30, 30, &err) == 0);

	/* A stale request with a bad signature is reported as a bad signature. */
	strcpy(sig, SIG);
	sig[0] = sig[0] == 'f' ? 'e' : 'f';
	CHECK(V(sig, 2000000000L) == MM_MAILGUN_WEBHOOK_BAD_SIGNATURE);

	/* Malformed timestamps. */
	CHECK(verify(KEY, 7, "", 0, TOKEN, 6, SIG, 64, NOW, MAX_AGE, &err) == MM_MAILGUN_WEBHOOK_MALFORMED);
	CHECK(verify(KEY, 7, "-1700000000", 11, TOKEN, 6, SIG, 64, NOW, MAX_AGE, &err) == MM_MAILGUN_WEBHOOK_MALFORMED);
	CHECK(verify(KEY, 7, "17000000.5", 10, TOKEN, 6, SIG, 64, NOW, MAX_AGE, &err) == MM_MAILGUN_WEBHOOK_MALFORMED);
	CHECK(verify(KEY, 7, " 1700000000", 11, TOKEN, 6, SIG, 64, NOW, MAX_AGE, &err) == MM_MAILGUN_WEBHOOK_MALFORMED);
	CHECK(
	    verify(KEY, 7, "1700000000\0", 11, TOKEN, 6, SIG, 64, NOW, MAX_AGE, &err) == MM_MAILGUN_WEBHOOK_MALFORMED);
	CHECK(strstr(err.message, "'1700000000\\0' given") != NULL);
	CHECK(verify(KEY, 7, "99999999999999999999999", 23, TOKEN, 6, SIG, 64, NOW, MAX_AGE, &err) ==
	    MM_MAILGUN_WEBHOOK_MALFORMED);

	/* An empty key would make every signature forgeable. */
	CHECK(verify("", 0, TS, 10, TOKEN, 6, SIG, 64, NOW, MAX_AGE, &err) == MM_MAILGUN_WEBHOOK_NO_KEY);
	CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
	CHECK(strstr(err.message, "signing key is empty") != NULL);

	/* The window itself must make sense. */
	CHECK(verify(KEY, 7, TS, 10, TOKEN, 6, SIG, 64, NOW, 0, &err) == MM_MAILGUN_WEBHOOK_BAD_WINDOW);
	CHECK(verify(KEY, 7, TS, 10, TOKEN, 6, SIG, 64, -5, MAX_AGE, &err) == MM_MAILGUN_WEBHOOK_BAD_WINDOW);

	CHECK(mm_alloc_live() == 0);
	return check_summary("webhook_mailgun");
}
