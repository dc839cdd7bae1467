/* Amazon SNS Publish to a phone number (spec/adapters.md §4.5). The
 * original sent a GET with the text in the URL; this sends the same
 * parameters as a SigV4-signed form POST (SNS's query API takes both), so
 * a long text never makes a long URL and never lands in access logs. */
#ifndef MM_PROVIDER_SNS_H
#define MM_PROVIDER_SNS_H

#include <stdbool.h>
#include <stddef.h>

#include "http_request.h"
#include "message.h"
#include "mm_error.h"
#include "provider_aws.h"

/* SNS's limit for the text of one SMS publish, in bytes. */
#define MM_SNS_MAX_SMS_BYTES 1600

/* POST {base}/ with Action=Publish&Version=2010-03-31&PhoneNumber=<E.164>&
 * Message=<text>, signed for service "sns". The number must be '+' and 10
 * to 15 digits (no leading 0); the text present, non-empty, UTF-8 and at
 * most MM_SNS_MAX_SMS_BYTES. req is initialised here and left empty on
 * failure. */
bool mm_sns_build(const mm_aws_config* config, const mm_sms* sms, mm_http_request* req, mm_error* err);

/* 2xx with an XML MessageId is success; otherwise MM_ERROR_PROVIDER with
 * SNS's Code and Message, or an excerpt of a non-XML body. */
bool mm_sns_parse_response(long status, const char* body, size_t len, mm_error* err);

#endif
