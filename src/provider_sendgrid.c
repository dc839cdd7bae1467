#include "provider_sendgrid.h"

#include <stdio.h>
#include <string.h>

#include "address.h"
#include "http_basic_auth.h"
#include "json_read.h"
#include "json_write.h"
#include "provider_common.h"

static const char provider[] = "SendGrid";

/* {"email": local@domain, "name": display name when non-empty}. */
static bool append_person(mm_json_writer* w, mm_buf* tmp, const mm_address* addr, const char* what, mm_error* err)
{
	mm_buf_reset(tmp);
	if (!mm_address_append_addr_spec(addr, tmp)) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	mm_json_begin_object(w);
	if (!mm_provider_check_rendered(what, tmp->data, tmp->len, err) ||
	    !mm_json_member_string(w, "email", tmp->data ? tmp->data : "", tmp->len, what, err)) {
		return false;
	}
	if (addr->display_name.len > 0) {
		if (!mm_provider_check_rendered(what, addr->display_name.ptr, addr->display_name.len, err) ||
		    !mm_provider_json_member(w, "name", addr->display_name, what, err)) {
			return false;
		}
	}
	mm_json_end_object(w);
	return true;
}

static bool member_people(mm_json_writer* w, mm_buf* tmp, const char* key, const mm_address* list, size_t count,
    const char* what, mm_error* err)
{
	size_t i;

	mm_json_key(w, key);
	mm_json_begin_array(w);
	for (i = 0; i < count; i++) {
		if (!append_person(w, tmp, &list[i], what, err)) {
			return false;
		}
	}
	mm_json_end_array(w);
	return true;
}

static bool same_name(const mm_header* a, const mm_header* b)
{
	return a->name.len == b->name.len && (a->name.len == 0 || memcmp(a->name.ptr, b->name.ptr, a->name.len) == 0);
}

/* A JSON object cannot repeat a name usefully: each name once, where it
 * first appeared, with the value it was last given. */
static bool append_headers(mm_json_writer* w, const mm_email* email, mm_error* err)
{
	size_t i, k;

	mm_json_key(w, "headers");
	mm_json_begin_object(w);
	for (i = 0; i < email->header_count; i++) {
		const mm_header* h = &email->headers[i];
		const mm_header* last = h;
		bool seen = false;

		for (k = 0; k < i && !seen; k++) {
			seen = same_name(&email->headers[k], h);
		}
		if (seen) {
			continue;
		}
		for (k = i + 1; k < email->header_count; k++) {
			if (same_name(&email->headers[k], h)) {
				last = &email->headers[k];
			}
		}
		if (!mm_json_key_string(w, mm_provider_str_bytes(h->name), h->name.len, "Header name", err) ||
		    !mm_json_string(w, mm_provider_str_bytes(last->value), last->value.len, "Header value", err)) {
			return false;
		}
	}
	mm_json_end_object(w);
	return true;
}

static bool append_content(mm_json_writer* w, const mm_email* email, mm_error* err)
{
	mm_json_key(w, "content");
	mm_json_begin_array(w);
	if (MM_STR_PRESENT(email->text_body)) {
		mm_json_begin_object(w);
		mm_json_member_string(w, "type", "text/plain", 10, "type", err);
		if (!mm_provider_json_member(w, "value", email->text_body, "Text body", err)) {
			return false;
		}
		mm_json_end_object(w);
	}
	if (MM_STR_PRESENT(email->html_body)) {
		mm_json_begin_object(w);
		mm_json_member_string(w, "type", "text/html", 9, "type", err);
		if (!mm_provider_json_member(w, "value", email->html_body, "HTML body", err)) {
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

	mm_json_key(w, "attachments");
	mm_json_begin_array(w);
	for (i = 0; i < email->attachment_count; i++) {
		const mm_attachment* a = &email->attachments[i];
		mm_json_begin_object(w);
		mm_json_key(w, "content");
		mm_provider_json_base64(w, a->data);
		if (!mm_provider_json_member(w, "type", a->mime_type, "Attachment MIME type", err) ||
		    !mm_provider_json_member(w, "filename", a->filename, "Attachment filename", err)) {
			return false;
		}
		mm_json_member_string(w, "disposition", "attachment", 10, "disposition", err);
		mm_json_end_object(w);
	}
	mm_json_end_array(w);
	return true;
}

/* Members in the order of spec/adapters.md §4.3. */
static bool append_message(mm_json_writer* w, const mm_email* email, mm_buf* tmp, mm_error* err)
{
	mm_json_begin_object(w);
	if (MM_STR_PRESENT(email->subject) && !mm_provider_json_member(w, "subject", email->subject, "Subject", err)) {
		return false;
	}
	mm_json_key(w, "personalizations");
	mm_json_begin_array(w);
	mm_json_begin_object(w);
	if (email->to_count && !member_people(w, tmp, "to", email->to, email->to_count, "To address", err)) {
		return false;
	}
	if (email->cc_count && !member_people(w, tmp, "cc", email->cc, email->cc_count, "Cc address", err)) {
		return false;
	}
	mm_json_end_object(w);
	mm_json_end_array(w);
	mm_json_key(w, "from");
	if (!append_person(w, tmp, email->from, "From address", err)) {
		return false;
	}
	if (email->reply_to) {
		mm_json_key(w, "reply_to");
		if (!append_person(w, tmp, email->reply_to, "Reply-To address", err)) {
			return false;
		}
	}
	if (email->header_count && !append_headers(w, email, err)) {
		return false;
	}
	if ((MM_STR_PRESENT(email->text_body) || MM_STR_PRESENT(email->html_body)) && !append_content(w, email, err)) {
		return false;
	}
	if (email->attachment_count && !append_attachments(w, email, err)) {
		return false;
	}
	mm_json_end_object(w);
	return true;
}

bool mm_sendgrid_build(const mm_sendgrid_config* config, const mm_email* email, mm_http_request* req, mm_error* err)
{
	mm_json_writer w;
	mm_buf tmp;
	bool ok;

	mm_http_request_init(req);
	req->method = "POST";
	mm_buf_init(&tmp);
	ok = mm_provider_check_secret(provider, "API key", config->api_key, err) &&
	    mm_provider_set_url(req, config->base_uri, NULL, "/v3/mail/send", err) &&
	    mm_provider_check_email(provider, email, MM_SENDGRID_MAX_RECIPIENTS, err) &&
	    mm_provider_check_size(provider, "message", "as JSON", mm_provider_min_json_size(email), true,
	        MM_SENDGRID_MAX_MESSAGE_BYTES, err) &&
	    mm_http_request_add_bearer_auth(req, config->api_key.ptr, config->api_key.len, err) &&
	    mm_http_request_add_header(req, "Content-Type", "application/json", 16, err);
	if (ok) {
		mm_json_writer_init(&w, &req->body);
		ok = append_message(&w, email, &tmp, err);
	}
	if (ok && req->body.failed) {
		ok = mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	ok = ok &&
	    mm_provider_check_size(
	        provider, "message", "as JSON", req->body.len, false, MM_SENDGRID_MAX_MESSAGE_BYTES, err);
	mm_buf_free(&tmp);
	if (!ok) {
		mm_http_request_free(req);
	}
	return ok;
}

bool mm_sendgrid_parse_response(long status, const char* body, size_t len, mm_error* err)
{
	mm_json_doc* doc;
	const mm_json_value* first;
	const char *message, *field;
	size_t message_len, field_len;
	char detail[MM_ERROR_MESSAGE_MAX];
	mm_error reported;

	if (mm_provider_status_ok(status)) {
		return true;
	}
	mm_error_clear(&reported);
	doc = mm_json_parse(body, len, NULL);
	first = mm_json_at(mm_json_get(mm_json_root(doc), "errors"), 0);
	if (mm_json_get_string(mm_json_get(first, "message"), &message, &message_len)) {
		if (mm_json_get_string(mm_json_get(first, "field"), &field, &field_len) && field_len > 0) {
			snprintf(detail, sizeof(detail), "%.*s (field: %.*s)",
			    (int)(message_len > 400 ? 400 : message_len), message,
			    (int)(field_len > 64 ? 64 : field_len), field);
		} else {
			snprintf(detail, sizeof(detail), "%.*s", (int)(message_len > 500 ? 500 : message_len), message);
		}
		mm_provider_copy_text(
		    reported.provider_message, sizeof(reported.provider_message), detail, strlen(detail));
	}
	mm_json_free(doc);
	return mm_provider_fail_status(provider, status, &reported, body, len, err);
}
