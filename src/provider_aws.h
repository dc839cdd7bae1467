/* What the Amazon SES and SNS builders share (spec/adapters.md §4.4, §4.5,
 * spec/sigv4.md): the option checks, the signed form POST to
 * https://{endpoint}/, and the reading of AWS's XML answers. */
#ifndef MM_PROVIDER_AWS_H
#define MM_PROVIDER_AWS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "http_request.h"
#include "message.h"
#include "mm_error.h"

#define MM_AWS_REGION_MAX 64

typedef struct {
	mm_str base_uri;      /* absent: "https://" + endpoint; checked by mm_base_uri_parse */
	mm_str endpoint;      /* bare host name, e.g. email.us-west-2.amazonaws.com */
	mm_str region;        /* e.g. us-west-2 */
	mm_str access_key;    /* part of the Authorization header; never in a message */
	mm_str secret_key;    /* never sent, never in a message */
	mm_str session_token; /* absent or "": none; else sent and signed as X-Amz-Security-Token */
	/* The signing time: a YYYYMMDDTHHMMSSZ timestamp, or NULL for `now`
	 * (seconds since the epoch; 0 = the current time). */
	const char* timestamp;
	time_t now;
} mm_aws_config;

/* A region as AWS names them: 1 to 64 of a-z, 0-9 and '-'. */
bool mm_aws_check_region(const char* region, size_t len, mm_error* err);

/* A bare DNS host name: no scheme, port, path or user-info. */
bool mm_aws_check_endpoint(const char* endpoint, size_t len, mm_error* err);

/* Completes a request whose form body is in req->body: checks the
 * configuration, sets POST {base}/, signs it with SigV4 for service
 * (signed headers host;x-amz-date, plus x-amz-security-token with a token)
 * and adds the unsigned Content-Type: application/x-www-form-urlencoded.
 * `provider` names the service in messages ("Amazon SES"). On failure req
 * is freed. */
bool mm_aws_finish_request(
    const char* provider, const char* service, const mm_aws_config* config, mm_http_request* req, mm_error* err);

/* Whether an AWS error code says "slow down and try again". */
bool mm_aws_code_is_throttling(const char* code);

/* Judges an AWS query-API answer. Success: a 2xx whose body is XML with a
 * MessageId (copied to message_id when not NULL). Otherwise MM_ERROR_PROVIDER
 * with the status, AWS's error Code (provider_code, a string) and Message,
 * or a quoted excerpt of a body that is not XML. A throttling code is
 * MM_PROVIDER_TRANSIENT (retryable whatever the status). */
bool mm_aws_parse_response(const char* provider, long status, const char* body, size_t len, char* message_id,
    size_t message_id_size, mm_error* err);

#endif
