#include "provider_ses.h"

#include "base64.h"
#include "buffer.h"
#include "form.h"
#include "mime.h"
#include "provider_common.h"

static const char provider[] = "Amazon SES";
static const char before_base64[] = "before base64";

/* A lower bound of the raw message's size: its bodies and attachments can
 * only grow when encoded, so a message refused here is never written. */
static size_t min_raw_size(const mm_email* email)
{
	size_t total = email->text_body.len + email->html_body.len, i;

	for (i = 0; i < email->attachment_count; i++) {
		total += email->attachments[i].data.len;
	}
	return total;
}

bool mm_ses_build(const mm_aws_config* config, const mm_email* email, time_t date, mm_http_request* req, mm_error* err)
{
	mm_mime_options opts;
	mm_buf raw, b64;
	bool ok;

	mm_http_request_init(req);
	if (!mm_provider_check_email(provider, email, MM_SES_MAX_RECIPIENTS, err) ||
	    !mm_provider_check_size(
	        provider, "raw message", before_base64, min_raw_size(email), true, MM_SES_MAX_RAW_BYTES, err)) {
		return false;
	}
	mm_mime_options_init(&opts);
	opts.generate_message_id = false; /* SES replaces the Message-ID anyway */
	opts.date = date;
	mm_buf_init(&raw);
	mm_buf_init(&b64);
	ok = mm_mime_write_message(email, &opts, &raw, err) &&
	    mm_provider_check_size(provider, "raw message", before_base64, raw.len, false, MM_SES_MAX_RAW_BYTES, err);
	if (ok) {
		mm_base64_append(&b64, raw.data, raw.len, 0);
		mm_form_append_pair(&req->body, "Action", 6, "SendRawEmail", 12);
		mm_form_append_pair(&req->body, "Version", 7, "2010-12-01", 10);
		mm_form_append_pair(&req->body, "RawMessage.Data", 15, b64.data ? b64.data : "", b64.len);
		ok = !(b64.failed || req->body.failed) || mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	mm_buf_free(&raw);
	mm_buf_free(&b64);
	if (!ok) {
		mm_http_request_free(req);
		return false;
	}
	return mm_aws_finish_request(provider, "ses", config, req, err);
}

bool mm_ses_parse_response(long status, const char* body, size_t len, mm_error* err)
{
	return mm_aws_parse_response(provider, status, body, len, NULL, 0, err);
}
