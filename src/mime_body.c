#include "mime_body.h"

#include "base64.h"

static const char hex_upper[] = "0123456789ABCDEF";

/* Length of the line break at text[i] (CRLF = 2, CR or LF = 1), 0 if none. */
static size_t break_len(const char* text, size_t len, size_t i)
{
	if (text[i] == '\r') {
		return (i + 1 < len && text[i + 1] == '\n') ? 2 : 1;
	}
	return text[i] == '\n' ? 1 : 0;
}

static bool qp_is_literal(unsigned char c) { return (c >= 0x20 && c < 0x7F && c != '=') || c == '\t'; }

mm_mime_transfer_encoding mm_mime_body_choose_encoding(const char* text, size_t len)
{
	size_t qp = 0, raw = 0, i = 0;

	while (i < len) {
		size_t b = break_len(text, len, i);
		if (b) {
			qp += 2;
			raw += 2;
			i += b;
			continue;
		}
		qp += qp_is_literal((unsigned char)text[i]) ? 1 : 3;
		raw++;
		i++;
	}
	/* Soft breaks add about 3 characters per 73; base64 adds CRLF per 76. */
	qp += qp / 73 * 3;
	raw = (raw + 2) / 3 * 4;
	raw += raw / MM_MIME_BODY_LINE_MAX * 2;
	return qp <= raw ? MM_MIME_QUOTED_PRINTABLE : MM_MIME_BASE64;
}

const char* mm_mime_body_encoding_name(mm_mime_transfer_encoding enc)
{
	return enc == MM_MIME_BASE64 ? "base64" : "quoted-printable";
}

/* Input is encoded in chunks written straight into reserved space: appending
 * byte by byte through mm_buf cost most of a message's build time. Per chunk
 * the output is at most 3 bytes per input byte plus a 3-byte soft break per
 * 24 encoded characters. */
#define QP_CHUNK 4096
#define QP_CHUNK_OUT_MAX (QP_CHUNK * 3 + (QP_CHUNK / 24 + 2) * 3)

bool mm_mime_body_append_qp(mm_buf* out, const char* text, size_t len)
{
	size_t i = 0, col = 0;

	while (i < len) {
		size_t stop = len - i > QP_CHUNK ? i + QP_CHUNK : len;
		char* o;

		if (!mm_buf_reserve(out, QP_CHUNK_OUT_MAX)) {
			return false;
		}
		o = out->data + out->len;
		while (i < stop) {
			unsigned char c = (unsigned char)text[i];
			size_t b = break_len(text, len, i);
			bool at_eol, encode;

			if (b) {
				*o++ = '\r';
				*o++ = '\n';
				col = 0;
				i += b;
				continue;
			}
			/* RFC 2045 §6.7 (3): whitespace ending a line would be stripped in transit. */
			at_eol = i + 1 == len || break_len(text, len, i + 1) > 0;
			encode = !qp_is_literal(c) || ((c == ' ' || c == '\t') && at_eol);
			/* Leave room for the '=' of a soft line break: 75 + 1 = 76. */
			if (col + (encode || c == '.' ? 3 : 1) > MM_MIME_BODY_LINE_MAX - 1) {
				*o++ = '=';
				*o++ = '\r';
				*o++ = '\n';
				col = 0;
			}
			/* A line starting with '.' would need SMTP dot-stuffing, and a lone
			 * "." line ends the data; =2E keeps it out of the transport's hands. */
			if (c == '.' && col == 0) {
				encode = true;
			}
			if (encode) {
				*o++ = '=';
				*o++ = hex_upper[c >> 4];
				*o++ = hex_upper[c & 0x0F];
				col += 3;
			} else {
				*o++ = (char)c;
				col++;
			}
			i++;
		}
		out->len = (size_t)(o - out->data);
		out->data[out->len] = '\0';
	}
	return !out->failed;
}

bool mm_mime_body_append_text_base64(mm_buf* out, const char* text, size_t len)
{
	mm_buf norm;
	size_t i = 0, from = 0;
	bool ok;

	/* RFC 2045 §6.8: text is converted to canonical CRLF form before base64. */
	mm_buf_init(&norm);
	mm_buf_reserve(&norm, len + len / 8);
	while (i < len) {
		size_t b = break_len(text, len, i);
		if (b) {
			mm_buf_append(&norm, text + from, i - from);
			mm_buf_append(&norm, "\r\n", 2);
			i += b;
			from = i;
		} else {
			i++;
		}
	}
	mm_buf_append(&norm, text + from, len - from);
	if (norm.failed) {
		mm_buf_free(&norm);
		out->failed = true;
		return false;
	}
	ok = mm_base64_append(out, norm.data, norm.len, MM_MIME_BODY_LINE_MAX);
	mm_buf_free(&norm);
	return ok;
}

bool mm_mime_body_append_base64(mm_buf* out, const char* data, size_t len)
{
	return mm_base64_append(out, data, len, MM_MIME_BODY_LINE_MAX);
}
