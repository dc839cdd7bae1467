/* Text bodies for the MIME writer: line breaks normalized to CRLF (a bare
 * CR or LF could otherwise end the SMTP data early: "\n.\n", "\r.\r"), then
 * quoted-printable or base64 with lines of at most 76 characters
 * (RFC 2045 §6.7, §6.8). */
#ifndef MM_MIME_BODY_H
#define MM_MIME_BODY_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"

#define MM_MIME_BODY_LINE_MAX 76

typedef enum {
	MM_MIME_QUOTED_PRINTABLE,
	MM_MIME_BASE64
} mm_mime_transfer_encoding;

/* Quoted-printable when it comes out no longer than base64 (mostly-ASCII
 * text), base64 otherwise. */
mm_mime_transfer_encoding mm_mime_body_choose_encoding(const char* text, size_t len);

/* The Content-Transfer-Encoding value: "quoted-printable" or "base64". */
const char* mm_mime_body_encoding_name(mm_mime_transfer_encoding enc);

/* Appends text as quoted-printable: CRLF, CR and LF each become one CRLF
 * line break; '=', controls, bytes >= 0x7F, whitespace before a line break
 * and a '.' starting a line are written as =XX, so no output line is a
 * lone "." and none is longer than 76 characters. No trailing CRLF is
 * added. */
bool mm_mime_body_append_qp(mm_buf* out, const char* text, size_t len);

/* Appends text with line breaks normalized to CRLF, base64-encoded in
 * lines of 76 characters (no trailing CRLF). */
bool mm_mime_body_append_text_base64(mm_buf* out, const char* text, size_t len);

/* Appends data (an attachment: bytes kept as they are) in base64 lines of
 * 76 characters (no trailing CRLF). */
bool mm_mime_body_append_base64(mm_buf* out, const char* data, size_t len);

#endif
