/* The MIME writer on a whole message built from the input. Whatever it
 * writes has CRLF line endings only (or LF only, and no CR, when asked), no
 * line over 998 characters nor a lone ".", header fields that parse, MIME
 * parts that split at their boundaries, encoded body lines of at most 76
 * characters, bodies that decode to the (CRLF-normalized) text and
 * attachments that decode to their bytes, in order. A refusal is an
 * invalid-argument error that leaves the output as it was.
 *
 * Input fields (separated by 0x1E): flags, From, To, Cc (addresses split by
 * 0x1F), Subject, text body, HTML body, header name, header value, then
 * (filename, MIME type, data) for each attachment, at most four. */
#define _GNU_SOURCE
#include "address.h"
#include "fuzz_common.h"
#include "mime.h"
#include "mime_body.h"
#include "mime_header.h"

#define MAX_ADDRESSES 4
#define MAX_ATTACHMENTS 4

typedef struct {
	mm_str text, html;
	const mm_attachment* attachments;
	size_t attachment_count, attachments_seen, leaves;
} expected;

static size_t parse_addresses(fuzz_field f, mm_address* out)
{
	size_t n = 0, start = 0, i;

	if (f.len == 0) {
		return 0;
	}
	for (i = 0; i <= f.len && n < MAX_ADDRESSES; i++) {
		if (i == f.len || f.ptr[i] == '\x1f') {
			mm_address_parse(f.ptr + start, i - start, &out[n++]);
			start = i + 1;
		}
	}
	return n;
}

static bool starts_ci(const char* s, size_t len, const char* lit)
{
	return s != NULL && len >= strlen(lit) && strncasecmp(s, lit, strlen(lit)) == 0;
}

static void check_decoded(const mm_buf* got, mm_str want, bool normalize)
{
	mm_buf norm;

	mm_buf_init(&norm);
	if (normalize) {
		fuzz_to_crlf(want.ptr ? want.ptr : "", want.len, &norm);
	} else {
		mm_buf_append(&norm, want.ptr ? want.ptr : "", want.len);
	}
	FUZZ_CHECK(got->len == norm.len && (norm.len == 0 || memcmp(got->data, norm.data, norm.len) == 0));
	mm_buf_free(&norm);
}

static void check_entity(const char* s, size_t len, int depth, expected* exp);

static void check_multipart(const char* body, size_t len, const char* boundary, size_t blen, int depth, expected* exp)
{
	size_t pos;

	FUZZ_CHECK(len >= blen + 4 && memcmp(body, "--", 2) == 0 && memcmp(body + 2, boundary, blen) == 0 &&
	    memcmp(body + 2 + blen, "\r\n", 2) == 0);
	pos = blen + 4;
	for (;;) {
		const char* next = NULL;
		size_t i, after;

		for (i = pos; i + blen + 4 <= len; i++) {
			if (memcmp(body + i, "\r\n--", 4) == 0 && memcmp(body + i + 4, boundary, blen) == 0) {
				next = body + i;
				break;
			}
		}
		FUZZ_CHECK(next != NULL);
		check_entity(body + pos, (size_t)(next - body) - pos, depth + 1, exp);
		after = (size_t)(next - body) + 4 + blen;
		FUZZ_CHECK(after + 2 <= len);
		if (memcmp(body + after, "--", 2) == 0) {
			/* The epilogue: nothing, or the message's final CRLF. */
			FUZZ_CHECK(
			    len - after - 2 == 0 || (len - after - 2 == 2 && memcmp(body + after + 2, "\r\n", 2) == 0));
			return;
		}
		FUZZ_CHECK(memcmp(body + after, "\r\n", 2) == 0);
		pos = after + 2;
	}
}

static void check_entity(const char* s, size_t len, int depth, expected* exp)
{
	const char* end = memmem(s, len, "\r\n\r\n", 4);
	mm_buf fields[3]; /* Content-Type, -Transfer-Encoding, -Disposition values, unfolded */
	mm_buf* current = NULL;
	const char *type, *cte, *disposition, *body;
	size_t type_len, cte_len, disp_len, hlen, body_len, i, line, k;
	bool attachment;

	FUZZ_CHECK(depth <= 3 && end != NULL);
	hlen = (size_t)(end - s) + 2;
	body = end + 4;
	body_len = len - hlen - 2;
	for (k = 0; k < 3; k++) {
		mm_buf_init(&fields[k]);
	}
	/* Header fields: "Name:" then folded continuation lines. */
	for (i = 0; i < hlen; i = line + 2) {
		static const char* const names[] = {
			"Content-Type: ", "Content-Transfer-Encoding: ", "Content-Disposition: "
		};
		const char* colon;
		size_t j;

		line = (size_t)((const char*)memmem(s + i, hlen - i, "\r\n", 2) - s);
		if (s[i] == ' ' || s[i] == '\t') {
			FUZZ_CHECK(i > 0);
			if (current != NULL) {
				mm_buf_append(current, s + i, line - i);
			}
			continue;
		}
		colon = memchr(s + i, ':', line - i);
		FUZZ_CHECK(colon != NULL && colon > s + i);
		for (j = i; s + j < colon; j++) {
			FUZZ_CHECK(s[j] > 0x20 && s[j] < 0x7F);
		}
		current = NULL;
		for (k = 0; k < 3; k++) {
			if (starts_ci(s + i, line - i, names[k])) {
				FUZZ_CHECK(fields[k].len == 0);
				current = &fields[k];
				mm_buf_append(current, s + i + strlen(names[k]), line - i - strlen(names[k]));
			}
		}
	}
	type = fields[0].data, type_len = fields[0].len;
	cte = fields[1].data, cte_len = fields[1].len;
	disposition = fields[2].data, disp_len = fields[2].len;
	/* An attachment is a leaf whatever type it was given (a multipart/ or
	 * message/ type is written as given, base64: reported, not judged here). */
	/* (At the top a Content-Disposition can only be a caller's custom header.) */
	attachment = depth > 0 && starts_ci(disposition, disp_len, "attachment");
	if (starts_ci(type, type_len, "multipart/") && !attachment) {
		const char* b = memmem(type, type_len, "boundary=\"", 10);
		const char* q;

		FUZZ_CHECK(b != NULL);
		b += 10;
		q = memchr(b, '"', (size_t)(type + type_len - b));
		FUZZ_CHECK(q != NULL && q > b);
		check_multipart(body, body_len, b, (size_t)(q - b), depth, exp);
	} else {
		mm_buf decoded;
		bool base64 = cte != NULL && starts_ci(cte, cte_len, "base64");

		FUZZ_CHECK(base64 || (cte != NULL && starts_ci(cte, cte_len, "quoted-printable")));
		FUZZ_CHECK(fuzz_longest_line(body, body_len) <= MM_MIME_BODY_LINE_MAX);
		mm_buf_init(&decoded);
		FUZZ_CHECK(
		    base64 ? fuzz_base64_decode(body, body_len, &decoded) : fuzz_qp_decode(body, body_len, &decoded));
		exp->leaves++;
		if (attachment) {
			FUZZ_CHECK(base64 && exp->attachments_seen < exp->attachment_count);
			check_decoded(&decoded, exp->attachments[exp->attachments_seen++].data, false);
		} else {
			FUZZ_CHECK(type != NULL);
			check_decoded(&decoded, starts_ci(type, type_len, "text/html") ? exp->html : exp->text, true);
		}
		mm_buf_free(&decoded);
	}
	for (k = 0; k < 3; k++) {
		mm_buf_free(&fields[k]);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
	long live = mm_alloc_live();
	fuzz_field flags, from, to, cc, f;
	mm_address from_addr, rcpt[2 * MAX_ADDRESSES];
	mm_header header;
	mm_attachment att[MAX_ATTACHMENTS];
	mm_email e;
	mm_mime_options opts;
	mm_buf out, crlf;
	mm_error err;
	expected exp;
	unsigned fl;
	size_t i;

	memset(&e, 0, sizeof(e));
	memset(&exp, 0, sizeof(exp));
	fuzz_next_field(&data, &size, &flags);
	fl = flags.len ? (unsigned char)flags.ptr[0] : 0;
	fuzz_next_field(&data, &size, &from);
	fuzz_next_field(&data, &size, &to);
	fuzz_next_field(&data, &size, &cc);
	if (fl & 0x40) {
		mm_address_parse(from.ptr, from.len, &from_addr);
		e.from = &from_addr;
	}
	e.to_count = parse_addresses(to, rcpt);
	e.cc_count = parse_addresses(cc, rcpt + e.to_count);
	e.to = rcpt;
	e.cc = rcpt + e.to_count;
	fuzz_next_field(&data, &size, &f);
	e.subject = (fl & 0x10) ? (mm_str){ f.ptr, f.len } : (mm_str){ NULL, 0 };
	fuzz_next_field(&data, &size, &f);
	e.text_body = (fl & 0x04) ? (mm_str){ f.ptr, f.len } : (mm_str){ NULL, 0 };
	fuzz_next_field(&data, &size, &f);
	e.html_body = (fl & 0x08) ? (mm_str){ f.ptr, f.len } : (mm_str){ NULL, 0 };
	fuzz_next_field(&data, &size, &f);
	header.name = (mm_str){ f.ptr, f.len };
	fuzz_next_field(&data, &size, &f);
	header.value = (mm_str){ f.ptr, f.len };
	if (fl & 0x20) {
		e.headers = &header;
		e.header_count = 1;
	}
	while (e.attachment_count < MAX_ATTACHMENTS && data != NULL) {
		mm_attachment* a = &att[e.attachment_count++];

		*a = (mm_attachment){ 0 };
		fuzz_next_field(&data, &size, &f);
		a->filename = (fl & 0x80) ? (mm_str){ f.ptr, f.len } : (mm_str){ NULL, 0 };
		fuzz_next_field(&data, &size, &f);
		a->mime_type = (mm_str){ f.ptr, f.len };
		fuzz_next_field(&data, &size, &f);
		a->data = (mm_str){ f.ptr, f.len };
	}
	e.attachments = att;

	mm_mime_options_init(&opts);
	opts.date = 1733216707;
	opts.lf_line_endings = fl & 0x01;
	opts.generate_message_id = fl & 0x02;
	mm_buf_init(&out);
	mm_buf_init(&crlf);
	mm_error_clear(&err);
	if (!mm_mime_write_message(&e, &opts, &out, &err)) {
		FUZZ_CHECK(err.domain == MM_ERROR_INVALID_ARGUMENT && out.len == 0);
		goto done;
	}
	if (opts.lf_line_endings) {
		FUZZ_CHECK(memchr(out.data, '\r', out.len) == NULL);
		for (i = 0; i < out.len; i++) {
			if (out.data[i] == '\n') {
				mm_buf_append_char(&crlf, '\r');
			}
			mm_buf_append_char(&crlf, out.data[i]);
		}
	} else {
		mm_buf_append(&crlf, out.data, out.len);
	}
	FUZZ_CHECK(!crlf.failed && fuzz_crlf_only(crlf.data, crlf.len));
	FUZZ_CHECK(crlf.len >= 2 && memcmp(crlf.data + crlf.len - 2, "\r\n", 2) == 0);
	FUZZ_CHECK(fuzz_longest_line(crlf.data, crlf.len) <= MM_MIME_LINE_HARD_MAX);
	FUZZ_CHECK(memmem(crlf.data, crlf.len, "\r\n.\r\n", 5) == NULL && strncmp(crlf.data, ".\r\n", 3) != 0);
	exp.text = e.text_body;
	exp.html = e.html_body;
	exp.attachments = att;
	exp.attachment_count = e.attachment_count;
	check_entity(crlf.data, crlf.len, 0, &exp);
	FUZZ_CHECK(exp.attachments_seen == e.attachment_count);
	FUZZ_CHECK(exp.leaves >= 1 + e.attachment_count);
done:
	mm_buf_free(&out);
	mm_buf_free(&crlf);
	FUZZ_CHECK(mm_alloc_live() == live);
	return 0;
}
