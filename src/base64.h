/* Base64 (RFC 4648 §4), for attachments, RFC 2047 "B" words, SES raw
 * messages and HTTP Basic credentials. */
#ifndef MM_BASE64_H
#define MM_BASE64_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"

/* Length of the encoding of len bytes, without line breaks. */
size_t mm_base64_encoded_len(size_t len);

/* Appends the encoding of data. line_len > 0 inserts CRLF after every
 * line_len output characters (76 for MIME bodies, RFC 2045 §6.8); 0 = none. */
bool mm_base64_append(mm_buf* out, const void* data, size_t len, size_t line_len);

/* Decodes strict base64 (padding required, no whitespace) into out. */
bool mm_base64_decode(mm_buf* out, const char* text, size_t len);

#endif
