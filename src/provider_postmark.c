#include "provider_postmark.h"

#include <stdio.h>
#include <string.h>

#include "address.h"
#include "json_read.h"
#include "json_write.h"
#include "provider_common.h"

static const char provider[] = "Postmark";
static const char as_json[] = "as JSON";

/* The string forms (messages.md §7.3) joined with ", " as one JSON member. */
static bool member_addresses(mm_json_writer* w, mm_buf* tmp, const char* key, const mm_address* list, size_t count,
    const char* what, mm_error* err)
{
	return mm_provider_join_addresses(tmp, list, count, what, err) &&
	    mm_json_member_string(w, key, tmp->data ? tmp->data : "", tmp->len, what, err);
}

static bool append_headers(mm_json_writer* w, const mm_email* email, mm_error* err)
{
	size_t i;

	mm_json_key(w, "Headers");
	mm_json_begin_array(w);
	for (i = 0; i < email->header_count; i++) {
		const mm_header* h = &email->headers[i];
		mm_json_begin_object(w);
		if (!mm_provider_json_member(w, "Name", h->name, "Header name", err) ||
		    !mm_provider_json_member(w, "Value", h->value, "Header value", err)) {
			return false;
		}
		mm_json_end_object(w);
	}
	mm_json_end_array(w);
	return true;
}

static bool append_attachments(mm_json_writer* w, const mm_email* email, mm_error* err)
{
	size_t i;

	mm_json_key(w, "Attachments");
	mm_json_begin_array(w);
	for (i = 0; i < email->attachment_count; i++) {
		const mm_attachment* a = &email->attachments[i];
		mm_json_begin_object(w);
		if (!mm_provider_json_member(w, "Name", a->filename, "Attachment filename", err) ||
		    !mm_provider_json_member(w, "ContentType", a->mime_type, "Attachment MIME type", err)) {
			return false;
		}
		mm_json_key(w, "Content");
		mm_provider_json_base64(w, a->data);
		mm_json_end_object(w);
	}
	mm_json_end_array(w);
	return true;
}

/* One message object, members in the order and under the conditions of
 * spec/adapters.md §4.1, plus MessageStream. */
static bool append_message(
    mm_json_writer* w, const mm_postmark_config* config, const mm_email* email, mm_buf* tmp, mm_error* err)
{
	size_t start = w->out->len;

	if (!mm_provider_check_email(provider, email, MM_POSTMARK_MAX_RECIPIENTS, err) ||
	    !mm_provider_check_size(provider, "message", as_json, mm_provider_min_json_size(email), true,
	        MM_POSTMARK_MAX_MESSAGE_BYTES, err)) {
		return false;
	}
	mm_json_begin_object(w);
	if (MM_STR_PRESENT(email->subject) && !mm_provider_json_member(w, "Subject", email->subject, "Subject", err)) {
		return false;
	}
	if (!member_addresses(w, tmp, "From", email->from, 1, "From address", err)) {
		return false;
	}
	if (email->to_count && !member_addresses(w, tmp, "To", email->to, email->to_count, "To address", err)) {
		return false;
	}
	if (email->cc_count && !member_addresses(w, tmp, "Cc", email->cc, email->cc_count, "Cc address", err)) {
		return false;
	}
	if (email->reply_to && !member_addresses(w, tmp, "ReplyTo", email->reply_to, 1, "Reply-To address", err)) {
		return false;
	}
	if (email->header_count && !append_headers(w, email, err)) {
		return false;
	}
	if (MM_STR_PRESENT(email->text_body) &&
	    !mm_provider_json_member(w, "TextBody", email->text_body, "Text body", err)) {
		return false;
	}
	if (MM_STR_PRESENT(email->html_body) &&
	    !mm_provider_json_member(w, "HtmlBody", email->html_body, "HTML body", err)) {
		return false;
	}
	if (config->message_stream.len &&
	    !mm_provider_json_member(w, "MessageStream", config->message_stream, "Message stream", err)) {
		return false;
	}
	if (email->attachment_count && !append_attachments(w, email, err)) {
		return false;
	}
	mm_json_end_object(w);
	if (w->out->failed) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	return mm_provider_check_size(
	    provider, "message", as_json, w->out->len - start, false, MM_POSTMARK_MAX_MESSAGE_BYTES, err);
}

/* URL, the three headers; the body is the caller's. */
static bool start_request(const mm_postmark_config* config, const char* path, mm_http_request* req, mm_error* err)
{
	mm_http_request_init(req);
	req->method = "POST";
	return mm_provider_check_secret(provider, "access token", config->access_token, err) &&
	    mm_provider_set_url(req, config->base_uri, NULL, path, err) &&
	    mm_http_request_add_header(
	        req, "X-Postmark-Server-Token", config->access_token.ptr, config->access_token.len, err) &&
	    mm_http_request_add_header(req, "Accept", "application/json", 16, err) &&
	    mm_http_request_add_header(req, "Content-Type", "application/json", 16, err);
}

bool mm_postmark_build(const mm_postmark_config* config, const mm_email* email, mm_http_request* req, mm_error* err)
{
	mm_json_writer w;
	mm_buf tmp;
	bool ok;

	mm_buf_init(&tmp);
	ok = start_request(config, "/email", req, err);
	if (ok) {
		mm_json_writer_init(&w, &req->body);
		ok = append_message(&w, config, email, &tmp, err);
	}
	mm_buf_free(&tmp);
	if (!ok) {
		mm_http_request_free(req);
	}
	return ok;
}

bool mm_postmark_build_batch(
    const mm_postmark_config* config, const mm_email* emails, size_t count, mm_http_request* req, mm_error* err)
{
	mm_json_writer w;
	mm_buf tmp;
	size_t i, total;
	bool ok;

	mm_http_request_init(req);
	if (count == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "Postmark batch has no messages");
	}
	if (count > MM_POSTMARK_MAX_BATCH) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "Postmark batch has %zu messages, at most %d are allowed", count, MM_POSTMARK_MAX_BATCH);
	}
	/* A lower bound first, so 500 large messages are not encoded in vain. */
	for (i = 0, total = 0; i < count; i++) {
		total += mm_provider_min_json_size(&emails[i]);
	}
	if (!mm_provider_check_size(provider, "batch", as_json, total, true, MM_POSTMARK_MAX_BATCH_BYTES, err)) {
		return false;
	}
	mm_buf_init(&tmp);
	ok = start_request(config, "/email/batch", req, err);
	if (ok) {
		mm_json_writer_init(&w, &req->body);
		mm_json_begin_array(&w);
		for (i = 0; ok && i < count; i++) {
			ok = append_message(&w, config, &emails[i], &tmp, err);
			if (!ok && err && err->domain == MM_ERROR_INVALID_ARGUMENT) {
				char inner[MM_ERROR_MESSAGE_MAX];
				memcpy(inner, err->message, sizeof(inner));
				mm_error_set(
				    err, MM_ERROR_INVALID_ARGUMENT, 0, "Batch message at index %zu: %s", i, inner);
			}
		}
		mm_json_end_array(&w);
	}
	ok = ok &&
	    mm_provider_check_size(provider, "batch", as_json, req->body.len, false, MM_POSTMARK_MAX_BATCH_BYTES, err);
	mm_buf_free(&tmp);
	if (!ok) {
		mm_http_request_free(req);
	}
	return ok;
}

bool mm_postmark_join_batch(const mm_postmark_config* config, mm_http_request* const* singles, size_t count,
    mm_http_request* req, mm_error* err)
{
	size_t i, total = 2;
	bool ok;

	mm_http_request_init(req);
	if (count == 0) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "Postmark batch has no messages");
	}
	if (count > MM_POSTMARK_MAX_BATCH) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "Postmark batch has %zu messages, at most %d are allowed", count, MM_POSTMARK_MAX_BATCH);
	}
	for (i = 0; i < count; i++) {
		total += singles[i]->body.len + 1;
	}
	if (!mm_provider_check_size(provider, "batch", as_json, total, false, MM_POSTMARK_MAX_BATCH_BYTES, err)) {
		return false;
	}
	ok = start_request(config, "/email/batch", req, err);
	if (ok) {
		mm_buf_reserve(&req->body, total);
		mm_buf_append(&req->body, "[", 1);
		for (i = 0; i < count; i++) {
			if (i > 0) {
				mm_buf_append(&req->body, ",", 1);
			}
			mm_buf_append(&req->body, singles[i]->body.data, singles[i]->body.len);
		}
		mm_buf_append(&req->body, "]", 1);
		ok = !req->body.failed || mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	if (!ok) {
		mm_http_request_free(req);
	}
	return ok;
}

/* ErrorCode and Message into err's provider fields. */
static void take_error_fields(const mm_json_value* obj, mm_error* err)
{
	const mm_json_value* code = mm_json_get(obj, "ErrorCode");
	const mm_json_value* message = mm_json_get(obj, "Message");
	const char* s = "";
	size_t len = 0;
	long long n;

	if (!mm_json_get_number_text(code, &s, &len) && !mm_json_get_string(code, &s, &len)) {
		s = "";
		len = 0;
	}
	mm_provider_copy_text(err->provider_code, sizeof(err->provider_code), s, len);
	err->provider_code_is_int = mm_json_get_int(code, &n);
	if (!mm_json_get_string(message, &s, &len)) {
		s = "";
		len = 0;
	}
	mm_provider_copy_text(err->provider_message, sizeof(err->provider_message), s, len);
}

static bool is_container(const mm_json_value* v)
{
	mm_json_type t = mm_json_type_of(v);
	return t == MM_JSON_OBJECT || t == MM_JSON_ARRAY;
}

/* A non-2xx answer: Postmark's JSON error when there is one, else an excerpt. */
static bool fail_status(long status, const mm_json_value* root, const char* body, size_t len, mm_error* err)
{
	mm_error reported;

	mm_error_clear(&reported);
	if (mm_json_get(root, "ErrorCode") || mm_json_get(root, "Message")) {
		take_error_fields(root, &reported);
	}
	return mm_provider_fail_status(provider, status, &reported, body, len, err);
}

/* A 2xx result object with a truthy ErrorCode is a refusal (§4.1). */
static bool check_result_object(long status, const mm_json_value* obj, mm_error* err)
{
	char detail[MM_ERROR_MESSAGE_MAX * 2];

	if (!mm_json_is_truthy(mm_json_get(obj, "ErrorCode"))) {
		return true;
	}
	if (!err) {
		return false;
	}
	take_error_fields(obj, err);
	mm_provider_describe(err, detail, sizeof(detail));
	mm_error_set(err, MM_ERROR_PROVIDER, MM_PROVIDER_BY_HTTP_STATUS, "Received error from Postmark: %s", detail);
	err->status = status;
	return false;
}

/* Parses the body; for a 2xx, one that is not a JSON object or array is a
 * failure. Returns NULL after setting err. */
static mm_json_doc* parse_answer(long status, const char* body, size_t len, mm_error* err)
{
	mm_error json_err;
	mm_json_doc* doc;

	mm_error_clear(&json_err);
	doc = mm_json_parse(body, len, &json_err);
	if (!mm_provider_status_ok(status)) {
		fail_status(status, mm_json_root(doc), body, len, err);
		mm_json_free(doc);
		return NULL;
	}
	if (!doc || !is_container(mm_json_root(doc))) {
		mm_error_set(err, MM_ERROR_PROVIDER, MM_PROVIDER_BY_HTTP_STATUS,
		    "Expected JSON response from Postmark: %s",
		    doc ? "the body is not a JSON object or array" : json_err.message);
		if (err) {
			err->status = status;
		}
		mm_json_free(doc);
		return NULL;
	}
	return doc;
}

bool mm_postmark_parse_response(long status, const char* body, size_t len, mm_error* err)
{
	mm_json_doc* doc = parse_answer(status, body, len, err);
	bool ok;

	if (!doc) {
		return false;
	}
	ok = check_result_object(status, mm_json_root(doc), err);
	mm_json_free(doc);
	return ok;
}

bool mm_postmark_parse_batch_response(
    long status, const char* body, size_t len, mm_postmark_batch_result* results, size_t count, mm_error* err)
{
	mm_json_doc* doc = parse_answer(status, body, len, err);
	const mm_json_value *root, *item;
	size_t i;

	if (!doc) {
		return false;
	}
	root = mm_json_root(doc);
	if (mm_json_type_of(root) != MM_JSON_ARRAY || mm_json_count(root) != count) {
		mm_error_set(err, MM_ERROR_PROVIDER, MM_PROVIDER_BY_HTTP_STATUS,
		    "Expected one result per message from Postmark: %zu messages sent, %zu results received", count,
		    mm_json_type_of(root) == MM_JSON_ARRAY ? mm_json_count(root) : 0);
		if (err) {
			err->status = status;
			/* Postmark may still send an error object in place of the list. */
			if (mm_json_type_of(root) == MM_JSON_OBJECT) {
				take_error_fields(root, err);
			}
		}
		mm_json_free(doc);
		return false;
	}
	for (i = 0; i < count; i++) {
		const char* id;
		size_t id_len;

		item = mm_json_at(root, i);
		mm_error_clear(&results[i].error);
		results[i].message_id[0] = '\0';
		if (mm_json_type_of(item) != MM_JSON_OBJECT) {
			mm_error_set(&results[i].error, MM_ERROR_PROVIDER, MM_PROVIDER_BY_HTTP_STATUS,
			    "Expected a JSON object as result %zu from Postmark", i);
			results[i].error.status = status;
		} else if (check_result_object(status, item, &results[i].error) &&
		    mm_json_get_string(mm_json_get(item, "MessageID"), &id, &id_len)) {
			mm_provider_copy_text(results[i].message_id, sizeof(results[i].message_id), id, id_len);
		}
	}
	mm_json_free(doc);
	return true;
}
