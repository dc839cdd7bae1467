#include "provider_mailgun.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base_uri.h"
#include "http_basic_auth.h"
#include "json_read.h"
#include "multipart.h"
#include "provider_common.h"
#include "text.h"

static const char provider[] = "Mailgun";

bool mm_mailgun_check_domain(const char* domain, size_t len, mm_error* err)
{
	char quoted[160];

	if (mm_base_uri_is_dns_name(domain, len)) {
		return true;
	}
	mm_quote(quoted, sizeof(quoted), domain, len);
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
	    "Mailgun domain must be a domain name (letters, digits, '-' and '.'), %s given", quoted);
}

/* Adds n to a running total, sticking at SIZE_MAX instead of wrapping. */
static size_t add_size(size_t total, size_t n) { return n > SIZE_MAX - total ? SIZE_MAX : total + n; }

/* The common checks, then Mailgun's own: a To address (Mailgun's API
 * requires one), a filename on every attachment and 25 MB of subject,
 * bodies, header values and attachments. */
static bool check_message(const mm_email* email, mm_error* err)
{
	size_t i, total;

	if (!mm_provider_check_email(provider, email, MM_MAILGUN_MAX_RECIPIENTS, err)) {
		return false;
	}
	if (email->to_count == 0) {
		return mm_error_set(
		    err, MM_ERROR_INVALID_ARGUMENT, 0, "Mailgun message has no To recipient (Mailgun requires one)");
	}
	total = add_size(add_size(email->subject.len, email->text_body.len), email->html_body.len);
	for (i = 0; i < email->header_count; i++) {
		total = add_size(total, email->headers[i].value.len);
	}
	for (i = 0; i < email->attachment_count; i++) {
		/* A form part with an empty filename is read as a plain field, not a file: the attachment would be lost. */
		if (email->attachments[i].filename.len == 0) {
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "Mailgun attachment %zu has an empty filename (Mailgun needs one to see a file)", i);
		}
		total = add_size(total, email->attachments[i].data.len);
	}
	return mm_provider_check_size(provider, "message", "of subject, bodies, headers and attachments", total,
	    total == SIZE_MAX, MM_MAILGUN_MAX_MESSAGE_BYTES, err);
}

/* Mailgun stores form fields as text, so bytes that are not UTF-8 are
 * refused here, as the JSON adapters do, instead of reaching the provider. */
static bool check_utf8(const char* what, const char* s, size_t len, mm_error* err)
{
	char quoted[160];

	if (mm_text_is_utf8(s, len)) {
		return true;
	}
	mm_quote(quoted, sizeof(quoted), s, len);
	return mm_error_set(
	    err, MM_ERROR_INVALID_ARGUMENT, 0, "Mailgun %s must be valid UTF-8, %s given", what, quoted);
}

/* Addresses joined by ", " (rendered into scratch) as one field. */
static bool add_addresses(mm_multipart* mp, const char* field, const char* what, const mm_address* list, size_t count,
    mm_buf* scratch, mm_error* err)
{
	if (count == 0) {
		return true;
	}
	return mm_provider_join_addresses(scratch, list, count, what, err) &&
	    check_utf8(what, scratch->data, scratch->len, err) &&
	    mm_multipart_add_field(mp, field, strlen(field), scratch->data, scratch->len, err);
}

static bool add_text(mm_multipart* mp, const char* field, const char* what, mm_str value, mm_error* err)
{
	if (!MM_STR_PRESENT(value)) {
		return true;
	}
	return check_utf8(what, value.ptr, value.len, err) &&
	    mm_multipart_add_field(mp, field, strlen(field), value.ptr, value.len, err);
}

static bool add_fields(mm_multipart* mp, const mm_email* email, mm_error* err)
{
	mm_buf scratch;
	size_t i;
	bool ok;

	mm_buf_init(&scratch);
	ok = add_text(mp, "subject", "subject", email->subject, err) &&
	    add_addresses(mp, "from", "From address", email->from, 1, &scratch, err) &&
	    add_addresses(mp, "to", "To address", email->to, email->to_count, &scratch, err) &&
	    add_addresses(mp, "cc", "Cc address", email->cc, email->cc_count, &scratch, err) &&
	    add_addresses(
	        mp, "h:reply-to", "Reply-To address", email->reply_to, email->reply_to ? 1 : 0, &scratch, err);
	for (i = 0; ok && i < email->header_count; i++) {
		const mm_header* h = &email->headers[i];
		mm_buf_reset(&scratch);
		mm_buf_append(&scratch, "h:", 2);
		mm_buf_append(&scratch, h->name.ptr, h->name.len);
		ok = !scratch.failed &&
		    check_utf8("header value", mm_provider_str_bytes(h->value), h->value.len, err) &&
		    mm_multipart_add_field(mp, scratch.data, scratch.len, h->value.ptr, h->value.len, err);
	}
	ok = ok && add_text(mp, "text", "text body", email->text_body, err) &&
	    add_text(mp, "html", "HTML body", email->html_body, err);
	for (i = 0; ok && i < email->attachment_count; i++) {
		const mm_attachment* a = &email->attachments[i];
		ok = check_utf8("attachment filename", mm_provider_str_bytes(a->filename), a->filename.len, err) &&
		    mm_multipart_add_file(mp, "attachment", 10, mm_provider_str_bytes(a->filename), a->filename.len,
		        mm_provider_str_bytes(a->mime_type), a->mime_type.len, a->data.ptr, a->data.len, err);
	}
	if (scratch.failed && !mm_error_is_set(err)) {
		ok = mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	mm_buf_free(&scratch);
	return ok;
}

bool mm_mailgun_build(const mm_mailgun_config* config, const mm_email* email, mm_http_request* req, mm_error* err)
{
	mm_multipart mp;
	mm_buf path;
	char content_type[MM_MULTIPART_CONTENT_TYPE_MAX];
	bool ok;

	mm_multipart_init(&mp);
	mm_buf_init(&path);
	ok = mm_provider_check_secret(provider, "api-key", config->api_key, err) &&
	    mm_mailgun_check_domain(mm_provider_str_bytes(config->domain), config->domain.len, err);
	if (ok) {
		/* The domain was just checked, so it is one safe path segment. */
		mm_buf_appendf(&path, "/v3/%.*s/messages", (int)config->domain.len, config->domain.ptr);
		ok = !path.failed || mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	ok = ok && mm_provider_set_url(req, config->base_uri, MM_MAILGUN_DEFAULT_BASE_URI, path.data, err) &&
	    check_message(email, err) && add_fields(&mp, email, err) &&
	    mm_multipart_finish(&mp, &req->body, content_type, err) &&
	    mm_http_request_add_basic_auth(req, "api", 3, config->api_key.ptr, config->api_key.len, err) &&
	    mm_http_request_add_header(req, "Accept", "application/json", 16, err) &&
	    mm_http_request_add_header(req, "Content-Type", content_type, strlen(content_type), err);
	if (ok) {
		req->method = "POST";
	} else {
		mm_http_request_free(req);
	}
	mm_multipart_free(&mp);
	mm_buf_free(&path);
	return ok;
}

void mm_mailgun_read_response_fields(const char* body, size_t len, mm_mailgun_response_fields* fields)
{
	mm_json_doc* doc = mm_json_parse(body, len, NULL);
	const mm_json_value* root = mm_json_root(doc);
	const char* s;
	size_t n;

	memset(fields, 0, sizeof(*fields));
	fields->is_json_object = mm_json_type_of(root) == MM_JSON_OBJECT;
	fields->has_id = mm_json_get_string(mm_json_get(root, "id"), &s, &n) && n > 0;
	if (mm_json_get_string(mm_json_get(root, "message"), &s, &n)) {
		fields->has_message = true;
		mm_provider_copy_text(fields->message, sizeof(fields->message), s, n);
	}
	mm_json_free(doc);
}

bool mm_mailgun_check_response(
    long status, const mm_mailgun_response_fields* fields, const char* body, size_t len, mm_error* err)
{
	char quoted[160];
	mm_error reported;

	if (!mm_provider_status_ok(status)) {
		mm_error_clear(&reported);
		if (fields->has_message) {
			memcpy(reported.provider_message, fields->message, sizeof(fields->message));
		}
		return mm_provider_fail_status(provider, status, &reported, body, len, err);
	}
	if (fields->is_json_object && fields->has_id) {
		return true;
	}
	if (!err) {
		return false;
	}
	mm_error_clear(err);
	mm_error_set(err, MM_ERROR_PROVIDER, MM_PROVIDER_BY_HTTP_STATUS, "Mailgun answered HTTP %ld without %s", status,
	    fields->is_json_object ? "a message id" : "a JSON body");
	err->status = status;
	if (fields->has_message) {
		memcpy(err->provider_message, fields->message, sizeof(fields->message));
		mm_quote(quoted, sizeof(quoted), fields->message, strlen(fields->message));
		snprintf(err->message, sizeof(err->message), "Mailgun answered HTTP %ld without a message id: %s",
		    status, quoted);
	}
	return false;
}

bool mm_mailgun_parse_response(long status, const char* body, size_t len, mm_error* err)
{
	mm_mailgun_response_fields fields;

	mm_mailgun_read_response_fields(body, len, &fields);
	return mm_mailgun_check_response(status, &fields, body, len, err);
}
