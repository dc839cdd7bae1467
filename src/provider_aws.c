#include "provider_aws.h"

#include <stdio.h>
#include <string.h>

#include "aws_xml.h"
#include "base_uri.h"
#include "buffer.h"
#include "provider_common.h"
#include "sigv4.h"

bool mm_aws_check_region(const char* region, size_t len, mm_error* err)
{
	char quoted[160];
	size_t i;
	bool ok = len > 0 && len <= MM_AWS_REGION_MAX;

	for (i = 0; ok && i < len; i++) {
		char c = region[i];
		ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
	}
	if (ok) {
		return true;
	}
	mm_quote(quoted, sizeof(quoted), region, len);
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
	    "AWS region must be 1 to %d lower-case letters, digits and '-' (like 'us-east-1'), %s given",
	    MM_AWS_REGION_MAX, quoted);
}

bool mm_aws_check_endpoint(const char* endpoint, size_t len, mm_error* err)
{
	char quoted[300];

	if (mm_base_uri_is_dns_name(endpoint, len)) {
		return true;
	}
	/* An endpoint with user-info could hold a password: not quoted back. */
	if (memchr(endpoint, '@', len)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "AWS endpoint must be a bare host name (like 'email.us-east-1.amazonaws.com'), not a URL with user-info");
	}
	mm_quote(quoted, sizeof(quoted), endpoint, len);
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
	    "AWS endpoint must be a bare host name without scheme, port or path (like "
	    "'email.us-east-1.amazonaws.com'), %s given",
	    quoted);
}

/* POST {base-uri}/ or https://{endpoint}/. */
static bool set_url(const mm_aws_config* config, mm_http_request* req, mm_error* err)
{
	mm_buf def;
	bool ok;

	if (MM_STR_PRESENT(config->base_uri)) {
		return mm_provider_set_url(req, config->base_uri, NULL, "/", err);
	}
	if (!mm_aws_check_endpoint(mm_provider_str_bytes(config->endpoint), config->endpoint.len, err)) {
		return false;
	}
	mm_buf_init(&def);
	mm_buf_append_str(&def, "https://");
	mm_buf_append(&def, config->endpoint.ptr, config->endpoint.len);
	ok = !def.failed || mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	ok = ok && mm_provider_set_url(req, (mm_str){ NULL, 0 }, def.data, "/", err);
	mm_buf_free(&def);
	return ok;
}

bool mm_aws_finish_request(
    const char* provider, const char* service, const mm_aws_config* config, mm_http_request* req, mm_error* err)
{
	mm_sigv4_params p;
	bool have_token = config->session_token.ptr && config->session_token.len > 0;
	bool ok;

	memset(&p, 0, sizeof(p));
	p.access_key = config->access_key.ptr;
	p.access_key_len = config->access_key.len;
	p.secret_key = config->secret_key.ptr;
	p.secret_key_len = config->secret_key.len;
	p.session_token = have_token ? config->session_token.ptr : NULL;
	p.session_token_len = have_token ? config->session_token.len : 0;
	p.region = config->region.ptr;
	p.region_len = config->region.len;
	p.service = service;
	p.service_len = strlen(service);
	p.timestamp = config->timestamp;
	p.time = config->now ? config->now : time(NULL);

	req->method = "POST";
	ok = mm_provider_check_secret(provider, "access-key", config->access_key, err) &&
	    mm_provider_check_secret(provider, "secret-key", config->secret_key, err) &&
	    (!have_token || mm_provider_check_secret(provider, "session-token", config->session_token, err)) &&
	    mm_aws_check_region(mm_provider_str_bytes(config->region), config->region.len, err) &&
	    set_url(config, req, err) && mm_sigv4_sign_http_request(req, &p, err) &&
	    mm_http_request_add_header(req, "Content-Type", "application/x-www-form-urlencoded", 33, err);
	if (!ok) {
		mm_http_request_free(req);
	}
	return ok;
}

bool mm_aws_code_is_throttling(const char* code)
{
	/* SES says Throttling, SNS Throttled or ThrottlingException. */
	return strcmp(code, "Throttling") == 0 || strcmp(code, "ThrottlingException") == 0 ||
	    strcmp(code, "Throttled") == 0;
}

bool mm_aws_parse_response(const char* provider, long status, const char* body, size_t len, char* message_id,
    size_t message_id_size, mm_error* err)
{
	mm_aws_xml_fields fields;
	mm_error reported;
	bool ok;

	mm_aws_xml_read(body, len, &fields);
	if (mm_provider_status_ok(status) && fields.well_formed && fields.has_message_id && fields.message_id[0]) {
		if (message_id && message_id_size) {
			snprintf(message_id, message_id_size, "%s", fields.message_id);
		}
		return true;
	}
	if (mm_provider_status_ok(status) && fields.well_formed) {
		mm_error_set(err, MM_ERROR_PROVIDER, MM_PROVIDER_BY_HTTP_STATUS,
		    "%s answered HTTP status %ld without a MessageId", provider, status);
		if (err) {
			err->status = status;
		}
		return false;
	}
	mm_error_clear(&reported);
	if (fields.well_formed && (fields.has_code || fields.has_message)) {
		memcpy(reported.provider_code, fields.code, sizeof(reported.provider_code));
		memcpy(reported.provider_message, fields.message, sizeof(reported.provider_message));
	}
	ok = mm_provider_fail_status(provider, status, &reported, body, len, err);
	if (err && reported.provider_code[0] && mm_aws_code_is_throttling(reported.provider_code)) {
		err->code = MM_PROVIDER_TRANSIENT;
	}
	return ok;
}
