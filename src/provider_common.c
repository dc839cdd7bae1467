#include "provider_common.h"

#include <stdio.h>
#include <string.h>

#include "address.h"
#include "base64.h"
#include "base_uri.h"
#include "mm_alloc.h"
#include "text.h"

/* An excerpt of a non-JSON error body: enough to recognise an HTML error
 * page or a plain "Forbidden", short enough for one sentence. */
#define EXCERPT_MAX 96

const char* mm_provider_str_bytes(mm_str s) { return s.ptr ? s.ptr : ""; }

bool mm_provider_set_url(
    mm_http_request* req, mm_str base_uri, const char* default_uri, const char* path, mm_error* err)
{
	mm_base_uri base;
	mm_buf url;
	bool ok;

	if (!MM_STR_PRESENT(base_uri) && default_uri) {
		base_uri.ptr = default_uri;
		base_uri.len = strlen(default_uri);
	}
	if (!mm_base_uri_parse(mm_provider_str_bytes(base_uri), base_uri.len, &base, err)) {
		return false;
	}
	mm_buf_init(&url);
	ok = mm_base_uri_join(&base, path, strlen(path), &url);
	mm_base_uri_free(&base);
	if (!ok) {
		mm_buf_free(&url);
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	mm_free(req->url);
	req->url = mm_buf_detach(&url, NULL);
	return true;
}

bool mm_provider_check_secret(const char* provider, const char* what, mm_str secret, mm_error* err)
{
	if (!secret.ptr || secret.len == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "%s %s must not be empty", provider, what);
	}
	if (mm_text_find_line_break_or_nul(secret.ptr, secret.len) != secret.len) {
		return mm_error_set(
		    err, MM_ERROR_INVALID_ARGUMENT, 0, "%s %s must not contain CR, LF or NUL", provider, what);
	}
	return true;
}

static bool check_material(mm_str s, const char* what, mm_error* err)
{
	return mm_text_check_header_material(mm_provider_str_bytes(s), s.len, what, err);
}

bool mm_provider_check_rendered(const char* what, const char* s, size_t len, mm_error* err)
{
	return mm_text_check_header_material(s ? s : "", s ? len : 0, what, err);
}

bool mm_provider_join_addresses(mm_buf* out, const mm_address* list, size_t count, const char* what, mm_error* err)
{
	size_t i;

	mm_buf_reset(out);
	for (i = 0; i < count; i++) {
		if (i > 0) {
			mm_buf_append(out, ", ", 2);
		}
		mm_address_append_string_form(&list[i], out);
	}
	if (out->failed) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	return mm_provider_check_rendered(what, out->data, out->len, err);
}

bool mm_provider_check_email(const char* provider, const mm_email* email, size_t max_recipients, mm_error* err)
{
	size_t recipients = email->to_count + email->cc_count, i;

	if (!email->from) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "%s message has no From address", provider);
	}
	if (recipients == 0) {
		return mm_error_set(
		    err, MM_ERROR_INVALID_ARGUMENT, 0, "%s message has no recipients (To or Cc)", provider);
	}
	if (recipients > max_recipients) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "%s message has %zu recipients (To and Cc), at most %zu are allowed", provider, recipients,
		    max_recipients);
	}
	if (!check_material(email->subject, "Subject", err)) {
		return false;
	}
	for (i = 0; i < email->header_count; i++) {
		const mm_header* h = &email->headers[i];
		if (!mm_text_check_header_name(mm_provider_str_bytes(h->name), h->name.len, err) ||
		    !check_material(h->value, "Header value", err)) {
			return false;
		}
	}
	for (i = 0; i < email->attachment_count; i++) {
		const mm_attachment* a = &email->attachments[i];
		if (!check_material(a->filename, "Attachment filename", err) ||
		    !check_material(a->mime_type, "Attachment MIME type", err)) {
			return false;
		}
	}
	return true;
}

bool mm_provider_check_size(
    const char* provider, const char* what, const char* measure, size_t len, bool at_least, size_t max, mm_error* err)
{
	if (len <= max) {
		return true;
	}
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
	    "%s %s is too large: %s%zu bytes %s, at most %zu (%zu MB) are allowed", provider, what,
	    at_least ? "at least " : "", len, measure, max, max / (1024 * 1024));
}

size_t mm_provider_min_json_size(const mm_email* email)
{
	size_t total = email->text_body.len + email->html_body.len, i;

	for (i = 0; i < email->attachment_count; i++) {
		total += mm_base64_encoded_len(email->attachments[i].data.len);
	}
	return total;
}

bool mm_provider_json_member(mm_json_writer* w, const char* key, mm_str s, const char* what, mm_error* err)
{
	return mm_json_member_string(w, key, mm_provider_str_bytes(s), s.len, what, err);
}

bool mm_provider_json_base64(mm_json_writer* w, mm_str data)
{
	mm_buf* out = mm_json_raw_value(w);

	mm_buf_append_char(out, '"');
	mm_base64_append(out, mm_provider_str_bytes(data), data.len, 0);
	mm_buf_append_char(out, '"');
	return !out->failed;
}

bool mm_provider_status_ok(long status) { return status >= 200 && status <= 299; }

void mm_provider_copy_text(char* out, size_t out_size, const char* s, size_t len)
{
	size_t i, n;

	if (out_size == 0) {
		return;
	}
	n = len < out_size - 1 ? len : out_size - 1;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		out[i] = c < 0x20 || c == 0x7f ? ' ' : (char)c;
	}
	out[n] = '\0';
}

void mm_provider_describe(const mm_error* reported, char* out, size_t out_size)
{
	const char* code = reported->provider_code;
	const char* message = reported->provider_message;

	if (code[0] && message[0]) {
		snprintf(out, out_size, "(%s) %s", code, message);
	} else if (code[0]) {
		snprintf(out, out_size, "(%s)", code);
	} else {
		snprintf(out, out_size, "%s", message);
	}
}

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool mm_provider_fail_status(
    const char* provider, long status, const mm_error* reported, const char* body, size_t len, mm_error* err)
{
	char detail[MM_ERROR_MESSAGE_MAX], ascii[EXCERPT_MAX + 1], quoted[EXCERPT_MAX * 4 + 16];
	size_t n, i;

	if (!err) {
		return false;
	}
	mm_error_clear(err);
	err->status = status;
	if (reported && (reported->provider_code[0] || reported->provider_message[0])) {
		memcpy(err->provider_code, reported->provider_code, sizeof(err->provider_code));
		memcpy(err->provider_message, reported->provider_message, sizeof(err->provider_message));
		err->provider_code_is_int = reported->provider_code_is_int;
		mm_provider_describe(reported, detail, sizeof(detail));
		return mm_error_set(err, MM_ERROR_PROVIDER, MM_PROVIDER_BY_HTTP_STATUS,
		    "%s request failed with HTTP status %ld: %s", provider, status, detail);
	}
	/* A plain-text body ("Forbidden\n") reads best without its line breaks. */
	while (len > 0 && is_blank(body[0])) {
		body++;
		len--;
	}
	while (len > 0 && is_blank(body[len - 1])) {
		len--;
	}
	if (len == 0) {
		return mm_error_set(err, MM_ERROR_PROVIDER, MM_PROVIDER_BY_HTTP_STATUS,
		    "%s request failed with HTTP status %ld and an empty body", provider, status);
	}
	/* Non-ASCII bytes become '?' so the message stays valid UTF-8; one byte
	 * more than shown makes mm_quote mark the cut. */
	n = len < sizeof(ascii) ? len : sizeof(ascii);
	for (i = 0; i < n; i++) {
		ascii[i] = (unsigned char)body[i] >= 0x80 ? '?' : body[i];
	}
	mm_quote(quoted, sizeof(quoted), ascii, n);
	return mm_error_set(err, MM_ERROR_PROVIDER, MM_PROVIDER_BY_HTTP_STATUS,
	    "%s request failed with HTTP status %ld: %s", provider, status, quoted);
}
