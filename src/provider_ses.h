/* Amazon SES SendRawEmail (spec/adapters.md §4.4): the raw MIME message,
 * base64 in a SigV4-signed form POST, and the reading of SES's XML answer.
 * Differences from the original: Version=2010-12-01 is sent, the message
 * gets no generated Message-ID (SES writes its own), a raw message over
 * SES's 10 MB limit is refused before sending, and an error keeps SES's
 * Code and Message instead of the whole XML body. */
#ifndef MM_PROVIDER_SES_H
#define MM_PROVIDER_SES_H

#include <stdbool.h>
#include <stddef.h>

#include "http_request.h"
#include "message.h"
#include "mm_error.h"
#include "provider_aws.h"

/* SES's limits for one SendRawEmail call. */
#define MM_SES_MAX_RAW_BYTES (10u * 1024 * 1024) /* the raw message, before base64 */
#define MM_SES_MAX_RECIPIENTS 50                 /* To + Cc */

/* POST {base}/ with Action=SendRawEmail&Version=2010-12-01&RawMessage.Data=
 * <base64 of the raw message>, signed for service "ses". req is initialised
 * here and left empty on failure: MM_ERROR_INVALID_ARGUMENT for a bad
 * configuration, a message without From or recipients, over 50 recipients,
 * header material with CR/LF/NUL, or a raw message over 10 MB. `date` is the
 * message's Date header (0 = now). */
bool mm_ses_build(const mm_aws_config* config, const mm_email* email, time_t date, mm_http_request* req, mm_error* err);

/* 2xx with a MessageId is success; otherwise MM_ERROR_PROVIDER with SES's
 * Code and Message (Throttling retryable), or an excerpt of a non-XML body. */
bool mm_ses_parse_response(long status, const char* body, size_t len, mm_error* err);

#endif
