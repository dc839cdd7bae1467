/* Base URIs of HTTP providers: what parses is normalized text without
 * user-info, query, fragment, whitespace or control bytes, plain http only
 * towards loopback, that parses again to itself and joins with a path. First
 * byte: bit 0 reads the input as the api-hostname option instead. */
#include "base_uri.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
	long live = mm_alloc_live();
	mm_base_uri uri, again;
	mm_buf joined;
	mm_error err;
	char* text;
	size_t len, i;
	bool ok;

	if (size == 0) {
		return 0;
	}
	len = size - 1;
	text = fuzz_copy(data + 1, len);
	memset(&uri, 0, sizeof(uri));
	memset(&again, 0, sizeof(again));
	mm_buf_init(&joined);
	mm_error_clear(&err);
	ok = (data[0] & 1) ? mm_base_uri_parse_host(text, len, &uri, &err) : mm_base_uri_parse(text, len, &uri, &err);
	if (!ok) {
		FUZZ_CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT);
		/* A rejected value with '@' may hold a password: never quoted. */
		if (memchr(text, '@', len) != NULL && memchr(text, '\0', len) == NULL && len > 8) {
			char* z = malloc(len + 1);
			FUZZ_CHECK(z != NULL);
			memcpy(z, text, len);
			z[len] = '\0';
			FUZZ_CHECK(strstr(err.message, z) == NULL);
			free(z);
		}
		goto done;
	}
	FUZZ_CHECK(uri.text != NULL && strlen(uri.text) == uri.len);
	for (i = 0; i < uri.len; i++) {
		unsigned char c = (unsigned char)uri.text[i];
		FUZZ_CHECK(c > 0x20 && c < 0x7F && c != '@' && c != '?' && c != '#' && c != '\\');
	}
	FUZZ_CHECK(uri.len == 0 || uri.text[uri.len - 1] != '/');
	FUZZ_CHECK(strncmp(uri.text, uri.https ? "https://" : "http://", uri.https ? 8 : 7) == 0);
	FUZZ_CHECK(uri.host_len > 0 && uri.host_off + uri.host_len <= uri.path_off && uri.path_off <= uri.len);
	FUZZ_CHECK(uri.port <= 65535);
	if (!uri.https) {
		const char* host = uri.text + uri.host_off;
		FUZZ_CHECK((uri.host_len == 9 && memcmp(host, "localhost", 9) == 0) ||
		    (uri.host_len == 5 && memcmp(host, "[::1]", 5) == 0) || strncmp(host, "127.", 4) == 0);
	}
	FUZZ_CHECK(mm_base_uri_parse(uri.text, uri.len, &again, &err));
	FUZZ_CHECK(again.len == uri.len && memcmp(again.text, uri.text, uri.len) == 0 && again.port == uri.port);
	FUZZ_CHECK(mm_base_uri_join(&uri, "/v3/messages", 12, &joined));
	FUZZ_CHECK(joined.len == uri.len + 12 && memcmp(joined.data, uri.text, uri.len) == 0);
done:
	mm_base_uri_free(&uri);
	mm_base_uri_free(&again);
	mm_buf_free(&joined);
	free(text);
	FUZZ_CHECK(mm_alloc_live() == live);
	return 0;
}
