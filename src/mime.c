#include "mime.h"

#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "address.h"
#include "encoded_word.h"
#include "mime_body.h"
#include "mime_header.h"
#include "text.h"

/* "=_" cannot occur in quoted-printable or base64 output (RFC 2045 §6.7). */
#define BOUNDARY_PREFIX "=_MetaMTA_"
#define BOUNDARY_MAX (sizeof(BOUNDARY_PREFIX) + 32)
#define BOUNDARY_ATTEMPTS 8

typedef struct {
	const mm_email* email;
	const mm_mime_options* opts;
	mm_buf* out;
	mm_buf line; /* the logical header line being built */
	mm_error* err;
	char outer[BOUNDARY_MAX];
	char inner[BOUNDARY_MAX];
	bool collision; /* a boundary occurred in encoded content: retry */
} writer;

void mm_mime_options_init(mm_mime_options* opts) { memset(opts, 0, sizeof(*opts)); }

static bool oom(writer* w)
{
	return mm_error_set(w->err, MM_ERROR_INTERNAL, 0, "Out of memory while writing the message");
}

/* Folds the logical line built in w->line into the output and empties it. */
static bool put_header(writer* w, bool structured)
{
	bool ok;

	if (w->line.failed) {
		return oom(w);
	}
	ok = mm_mime_header_fold(w->out, w->line.data, w->line.len, structured, w->err);
	mm_buf_reset(&w->line);
	return ok;
}

static mm_str trim_wsp(mm_str s)
{
	while (s.len > 0 && (s.ptr[0] == ' ' || s.ptr[0] == '\t')) {
		s.ptr++;
		s.len--;
	}
	while (s.len > 0 && (s.ptr[s.len - 1] == ' ' || s.ptr[s.len - 1] == '\t')) {
		s.len--;
	}
	return s;
}

static bool str_equal_ci(mm_str s, const char* lit)
{
	size_t i, n = strlen(lit);

	if (s.len != n) {
		return false;
	}
	for (i = 0; i < n; i++) {
		char c = s.ptr[i];
		if (c >= 'A' && c <= 'Z') {
			c = (char)(c - 'A' + 'a');
		}
		if (c != lit[i]) {
			return false;
		}
	}
	return true;
}

static bool random_hex(char* out, size_t bytes, mm_error* err)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char raw[32];
	size_t i;

	if (bytes > sizeof(raw) || RAND_bytes(raw, (int)bytes) != 1) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "The random number generator failed");
	}
	for (i = 0; i < bytes; i++) {
		out[2 * i] = hex[raw[i] >> 4];
		out[2 * i + 1] = hex[raw[i] & 0x0F];
	}
	out[2 * bytes] = '\0';
	return true;
}

/* ---- address headers -------------------------------------------------- */

static bool check_display_name(const mm_address* addr, const char* field, mm_error* err)
{
	char what[48];

	if (!addr->display_name.ptr) {
		return true;
	}
	snprintf(what, sizeof(what), "%s display name", field);
	return mm_text_check_header_material(addr->display_name.ptr, addr->display_name.len, what, err);
}

/* A display name needs encoded words when it has non-ASCII or control
 * characters (neither belongs in a quoted-string). */
static bool name_needs_encoding(const mm_str* s)
{
	size_t i;

	for (i = 0; s->ptr && i < s->len; i++) {
		unsigned char c = (unsigned char)s->ptr[i];
		if ((c < 0x20 && c != '\t') || c >= 0x7F) {
			return true;
		}
	}
	return false;
}

/* first: the address follows "Field: " directly, so its first encoded word
 * must fit the rest of the first line. */
static bool append_address(writer* w, const mm_address* addr, const char* field, bool first)
{
	char what[48];

	snprintf(what, sizeof(what), "%s address", field);
	if (!mm_mime_check_address(addr, what, w->err) || !check_display_name(addr, field, w->err)) {
		return false;
	}
	if (!name_needs_encoding(&addr->display_name)) {
		return mm_address_append_header_form(addr, &w->line, w->err);
	}
	/* RFC 2047 §5(3): encoded words replace the phrase and are never quoted. */
	snprintf(what, sizeof(what), "%s display name", field);
	if (!mm_mime_header_append_encoded(&w->line, addr->display_name.ptr, addr->display_name.len, MM_ENCODED_WORD_B,
	        first ? mm_mime_header_room(&w->line) : MM_ENCODED_WORD_MAX, what, w->err)) {
		return false;
	}
	mm_buf_append(&w->line, " <", 2);
	mm_address_append_addr_spec(addr, &w->line);
	mm_buf_append_char(&w->line, '>');
	return true;
}

static bool write_single_address(writer* w, const char* field, const mm_address* addr)
{
	mm_buf_appendf(&w->line, "%s: ", field);
	return append_address(w, addr, field, true) && put_header(w, true);
}

static const mm_address* recipient_at(const mm_email* email, size_t i)
{
	return i < email->to_count ? &email->to[i] : &email->cc[i - email->to_count];
}

/* To or Cc: addresses joined by ", ", dropping case-insensitive duplicates
 * of an earlier To or Cc address (first occurrence kept, as the original). */
static bool write_recipients(writer* w, const char* field, size_t from, size_t to)
{
	size_t i, k, written = 0;

	for (i = from; i < to; i++) {
		const mm_address* addr = recipient_at(w->email, i);
		bool seen = false;

		for (k = 0; k < i && !seen; k++) {
			seen = mm_mime_address_equal(recipient_at(w->email, k), addr);
		}
		if (seen) {
			if (!mm_mime_check_address(addr, field[0] == 'T' ? "To address" : "Cc address", w->err)) {
				return false;
			}
			continue;
		}
		mm_buf_append_str(&w->line, written == 0 ? field : ",");
		mm_buf_append_str(&w->line, written == 0 ? ": " : " ");
		if (!append_address(w, addr, field, written == 0)) {
			return false;
		}
		written++;
	}
	return written == 0 || put_header(w, true);
}

/* ---- other headers ---------------------------------------------------- */

static bool write_subject(writer* w)
{
	mm_str subject = w->email->subject;

	if (subject.ptr && !mm_text_check_header_material(subject.ptr, subject.len, "Subject", w->err)) {
		return false;
	}
	subject = trim_wsp(subject);
	mm_buf_append_str(&w->line, subject.len ? "Subject: " : "Subject:");
	if (subject.len && !mm_mime_header_append_text(&w->line, subject.ptr, subject.len, "Subject", w->err)) {
		return false;
	}
	return put_header(w, false);
}

/* Headers the writer derives from the message's own fields; a custom copy
 * would make a second, conflicting one. */
static bool is_reserved_header(mm_str name)
{
	static const char* const reserved[] = { "date", "from", "reply-to", "to", "cc", "bcc", "subject",
		"mime-version", "content-type", "content-transfer-encoding" };
	size_t i;

	for (i = 0; i < sizeof(reserved) / sizeof(reserved[0]); i++) {
		if (str_equal_ci(name, reserved[i])) {
			return true;
		}
	}
	return false;
}

/* Checks a custom header and returns its trimmed name and value. */
static bool check_custom_header(writer* w, const mm_header* h, mm_str* name, mm_str* value)
{
	char quoted[120], what[160];

	*name = h->name;
	*value = h->value;
	if (!name->ptr) {
		name->ptr = "";
	}
	if (!value->ptr) {
		value->ptr = "";
	}
	*name = trim_wsp(*name);
	if (!mm_text_check_header_name(name->ptr, name->len, w->err)) {
		return false;
	}
	mm_quote(quoted, sizeof(quoted), name->ptr, name->len);
	if (is_reserved_header(*name)) {
		return mm_error_set(w->err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "Header %s is written from the message's own fields and cannot be added as a custom header",
		    quoted);
	}
	snprintf(what, sizeof(what), "Header %s value", quoted);
	if (!mm_text_check_header_material(value->ptr, value->len, what, w->err)) {
		return false;
	}
	*value = trim_wsp(*value);
	return true;
}

static bool check_message_id_domain(const char* domain, size_t len, mm_error* err)
{
	char quoted[160];
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)domain[i];
		if (c <= 0x20 || c >= 0x7F || strchr("<>()@,;:\\\"", c) != NULL) {
			break;
		}
	}
	if (len > 0 && i == len) {
		return true;
	}
	mm_quote(quoted, sizeof(quoted), domain, len);
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
	    "Message-ID domain must be a non-empty host name without spaces or <>()@,;:\\\", %s given", quoted);
}

static bool write_message_id(writer* w)
{
	const mm_email* e = w->email;
	mm_str supplied = { NULL, 0 };
	size_t i;

	/* A custom Message-ID header (any case) is THE Message-ID; the last wins. */
	for (i = 0; i < e->header_count; i++) {
		mm_str name = e->headers[i].name, value;
		if (name.ptr && str_equal_ci(trim_wsp(name), "message-id")) {
			if (!check_custom_header(w, &e->headers[i], &name, &value)) {
				return false;
			}
			supplied = value;
		}
	}
	if (supplied.ptr && supplied.len > 0) {
		if (!mm_mime_is_printable_ascii(supplied.ptr, supplied.len)) {
			char quoted[160];
			mm_quote(quoted, sizeof(quoted), supplied.ptr, supplied.len);
			return mm_error_set(w->err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "Header 'Message-ID' value must be printable ASCII, %s given", quoted);
		}
		mm_buf_append_str(&w->line, "Message-ID: ");
		mm_buf_append(&w->line, supplied.ptr, supplied.len);
		return put_header(w, true);
	}
	if (w->opts->generate_message_id) {
		char hex[65];
		const char* domain = w->opts->message_id_domain;
		size_t domain_len;

		if (domain) {
			domain_len = strlen(domain);
			if (!check_message_id_domain(domain, domain_len, w->err)) {
				return false;
			}
		} else if (e->from && e->from->domain_name.ptr && e->from->domain_name.len > 0) {
			domain = e->from->domain_name.ptr;
			domain_len = e->from->domain_name.len;
		} else {
			domain = "localhost";
			domain_len = strlen(domain);
		}
		if (!random_hex(hex, 16, w->err)) {
			return false;
		}
		mm_buf_appendf(&w->line, "Message-ID: <%s@", hex);
		mm_buf_append(&w->line, domain, domain_len);
		mm_buf_append_char(&w->line, '>');
		return put_header(w, true);
	}
	return true;
}

static bool write_custom_headers(writer* w)
{
	size_t i;

	for (i = 0; i < w->email->header_count; i++) {
		mm_str name, value;
		char what[160], quoted[120];

		if (w->email->headers[i].name.ptr && str_equal_ci(trim_wsp(w->email->headers[i].name), "message-id")) {
			continue;
		}
		if (!check_custom_header(w, &w->email->headers[i], &name, &value)) {
			return false;
		}
		mm_quote(quoted, sizeof(quoted), name.ptr, name.len);
		snprintf(what, sizeof(what), "Header %s value", quoted);
		mm_buf_append(&w->line, name.ptr, name.len);
		mm_buf_append_str(&w->line, value.len ? ": " : ":");
		if (!mm_mime_header_append_text(&w->line, value.ptr, value.len, what, w->err) ||
		    !put_header(w, false)) {
			return false;
		}
	}
	return true;
}

/* ---- bodies ----------------------------------------------------------- */

static bool contains(const char* hay, size_t hay_len, const char* needle, size_t needle_len)
{
	const char* p = hay;
	const char* end = hay + hay_len;

	while (needle_len <= (size_t)(end - p)) {
		const char* hit = memchr(p, needle[0], (size_t)(end - p) - needle_len + 1);
		if (!hit) {
			return false;
		}
		if (memcmp(hit, needle, needle_len) == 0) {
			return true;
		}
		p = hit + 1;
	}
	return false;
}

/* Notes whether encoded content written since `from` holds a boundary. */
static void check_boundaries(writer* w, size_t from)
{
	const char* data = w->out->data + from;
	size_t len = w->out->len - from;

	if (w->out->failed) {
		return;
	}
	if ((w->outer[0] && contains(data, len, w->outer, strlen(w->outer))) ||
	    (w->inner[0] && contains(data, len, w->inner, strlen(w->inner)))) {
		w->collision = true;
	}
}

static bool put_raw_header(writer* w, const char* fmt, const char* value)
{
	mm_buf_appendf(&w->line, fmt, value);
	return put_header(w, true);
}

/* A text/plain or text/html leaf: headers, blank line, encoded body. At the
 * top level the message must end with CRLF without changing the body: a
 * soft line break for quoted-printable, a plain CRLF for base64. */
static bool write_text_leaf(writer* w, const char* type, mm_str body, bool top_level)
{
	mm_mime_transfer_encoding enc;
	size_t from;
	const char* text = body.ptr ? body.ptr : "";

	enc = mm_mime_body_choose_encoding(text, body.len);
	mm_buf_appendf(&w->line, "Content-Type: %s; charset=utf-8", type);
	if (!put_header(w, true) ||
	    !put_raw_header(w, "Content-Transfer-Encoding: %s", mm_mime_body_encoding_name(enc))) {
		return false;
	}
	mm_buf_append(w->out, "\r\n", 2);
	from = w->out->len;
	if (enc == MM_MIME_BASE64) {
		mm_mime_body_append_text_base64(w->out, text, body.len);
	} else {
		mm_mime_body_append_qp(w->out, text, body.len);
	}
	check_boundaries(w, from);
	if (top_level && w->out->len > from && w->out->data[w->out->len - 1] != '\n') {
		mm_buf_append_str(w->out, enc == MM_MIME_BASE64 ? "\r\n" : "=\r\n");
	}
	return w->out->failed ? oom(w) : true;
}

static bool is_token_char(unsigned char c) { return c > 0x20 && c < 0x7F && strchr("()<>@,;:\\\"/[]?=", c) == NULL; }

/* type "/" subtype (RFC 2045 §5.1 tokens), then optional ";" parameters
 * in printable ASCII with balanced quotes. */
static bool is_valid_mime_type(mm_str t)
{
	size_t i = 0, n, quotes = 0;

	for (n = 0; i < t.len && is_token_char((unsigned char)t.ptr[i]); i++) {
		n++;
	}
	if (n == 0 || i == t.len || t.ptr[i] != '/') {
		return false;
	}
	for (i++, n = 0; i < t.len && is_token_char((unsigned char)t.ptr[i]); i++) {
		n++;
	}
	if (n == 0) {
		return false;
	}
	if (i == t.len) {
		return true;
	}
	if (t.ptr[i] != ';' && t.ptr[i] != ' ' && t.ptr[i] != '\t') {
		return false;
	}
	for (; i < t.len; i++) {
		unsigned char c = (unsigned char)t.ptr[i];
		if ((c < 0x20 && c != '\t') || c >= 0x7F) {
			return false;
		}
		if (c == '\\') {
			i++;
		} else if (c == '"') {
			quotes++;
		}
	}
	return quotes % 2 == 0;
}

/* A composite top-level type (multipart/..., message/...), any case. */
static bool is_composite_type(mm_str t)
{
	return (t.len >= 10 && strncasecmp(t.ptr, "multipart/", 10) == 0) ||
	    (t.len >= 8 && strncasecmp(t.ptr, "message/", 8) == 0);
}

static bool write_attachment_leaf(writer* w, const mm_attachment* a)
{
	mm_str type = a->mime_type, name = a->filename;
	char quoted[160];
	size_t from, i;

	if (type.ptr && !mm_text_check_header_material(type.ptr, type.len, "Attachment MIME type", w->err)) {
		return false;
	}
	if (name.ptr && !mm_text_check_header_material(name.ptr, name.len, "Attachment filename", w->err)) {
		return false;
	}
	type = trim_wsp(type);
	if (type.len == 0) {
		type.ptr = "application/octet-stream";
		type.len = strlen(type.ptr);
	} else if (!is_valid_mime_type(type)) {
		mm_quote(quoted, sizeof(quoted), type.ptr, type.len);
		return mm_error_set(w->err, MM_ERROR_INVALID_ARGUMENT, 0,
		    "Attachment MIME type must look like type/subtype, %s given", quoted);
	} else if (is_composite_type(type)) {
		/* RFC 2045 §6.4: a multipart or message part must not be base64;
		 * carried as opaque bytes, a reader keeps the attachment whole. */
		type.ptr = "application/octet-stream";
		type.len = strlen(type.ptr);
	}
	/* Only the last path component names the file (no directories leak). */
	for (i = name.len; i > 0 && name.ptr[i - 1] != '/'; i--) {
	}
	name.ptr = name.ptr ? name.ptr + i : "";
	name.len -= i;

	mm_buf_append_str(&w->line, "Content-Type: ");
	mm_buf_append(&w->line, type.ptr, type.len);
	if (name.len &&
	    !mm_mime_header_append_param(&w->line, "name", name.ptr, name.len, "Attachment filename", w->err)) {
		return false;
	}
	if (!put_header(w, true) || !put_raw_header(w, "Content-Transfer-Encoding: %s", "base64")) {
		return false;
	}
	mm_buf_append_str(&w->line, "Content-Disposition: attachment");
	if (name.len &&
	    !mm_mime_header_append_param(&w->line, "filename", name.ptr, name.len, "Attachment filename", w->err)) {
		return false;
	}
	if (!put_header(w, true)) {
		return false;
	}
	mm_buf_append(w->out, "\r\n", 2);
	from = w->out->len;
	mm_mime_body_append_base64(w->out, a->data.ptr ? a->data.ptr : "", a->data.len);
	check_boundaries(w, from);
	return w->out->failed ? oom(w) : true;
}

/* RFC 2046 §5.1.1: the CRLF before a delimiter belongs to the delimiter. */
static void open_part(writer* w, const char* boundary, bool first)
{
	mm_buf_appendf(w->out, "%s--%s\r\n", first ? "" : "\r\n", boundary);
}

static void close_multipart(writer* w, const char* boundary) { mm_buf_appendf(w->out, "\r\n--%s--", boundary); }

static bool write_multipart_header(writer* w, const char* subtype, const char* boundary)
{
	mm_buf_appendf(&w->line, "Content-Type: multipart/%s; boundary=\"%s\"", subtype, boundary);
	return put_header(w, true) && (mm_buf_append(w->out, "\r\n", 2) || oom(w));
}

static bool write_alternative(writer* w, const char* boundary, mm_str text, mm_str html)
{
	if (!write_multipart_header(w, "alternative", boundary)) {
		return false;
	}
	open_part(w, boundary, true);
	if (!write_text_leaf(w, "text/plain", text, false)) {
		return false;
	}
	open_part(w, boundary, false);
	if (!write_text_leaf(w, "text/html", html, false)) {
		return false;
	}
	close_multipart(w, boundary);
	return true;
}

static bool new_boundary(char* out, mm_error* err)
{
	char hex[33];

	if (!random_hex(hex, 16, err)) {
		return false;
	}
	snprintf(out, BOUNDARY_MAX, "%s%s", BOUNDARY_PREFIX, hex);
	return true;
}

/* The four layouts: one text leaf, multipart/alternative (text + HTML),
 * multipart/mixed (body + attachments), mixed holding alternative. */
static bool write_body(writer* w)
{
	const mm_email* e = w->email;
	bool has_text = e->text_body.ptr && e->text_body.len > 0;
	bool has_html = e->html_body.ptr && e->html_body.len > 0;
	size_t i;

	w->outer[0] = w->inner[0] = '\0';
	if (e->attachment_count == 0 && has_text && has_html) {
		return new_boundary(w->outer, w->err) && write_alternative(w, w->outer, e->text_body, e->html_body) &&
		    (mm_buf_append(w->out, "\r\n", 2) || oom(w));
	}
	if (e->attachment_count == 0) {
		return write_text_leaf(
		    w, has_html ? "text/html" : "text/plain", has_html ? e->html_body : e->text_body, true);
	}
	if (!new_boundary(w->outer, w->err) || !write_multipart_header(w, "mixed", w->outer)) {
		return false;
	}
	open_part(w, w->outer, true);
	if (has_text && has_html) {
		if (!new_boundary(w->inner, w->err) || !write_alternative(w, w->inner, e->text_body, e->html_body)) {
			return false;
		}
	} else if (!write_text_leaf(
	               w, has_html ? "text/html" : "text/plain", has_html ? e->html_body : e->text_body, false)) {
		return false;
	}
	for (i = 0; i < e->attachment_count; i++) {
		open_part(w, w->outer, false);
		if (!write_attachment_leaf(w, &e->attachments[i])) {
			return false;
		}
	}
	close_multipart(w, w->outer);
	return mm_buf_append(w->out, "\r\n", 2) || oom(w);
}

/* ---- the message ------------------------------------------------------ */

static bool write_headers(writer* w)
{
	const mm_email* e = w->email;
	time_t when = w->opts->date ? w->opts->date : time(NULL);

	if (e->to_count + e->cc_count == 0) {
		return mm_error_set(
		    w->err, MM_ERROR_INVALID_ARGUMENT, 0, "The message has no recipients (no To or Cc address)");
	}
	mm_buf_append_str(&w->line, "Date: ");
	mm_mime_header_append_date(&w->line, when);
	return put_header(w, true) && (!e->from || write_single_address(w, "From", e->from)) &&
	    (!e->reply_to || write_single_address(w, "Reply-To", e->reply_to)) &&
	    write_recipients(w, "To", 0, e->to_count) &&
	    write_recipients(w, "Cc", e->to_count, e->to_count + e->cc_count) && write_subject(w) &&
	    write_message_id(w) && write_custom_headers(w) && put_raw_header(w, "MIME-Version: %s", "1.0");
}

/* CRLF -> LF in place from `from` on; every line break in the output is a
 * CRLF (bodies are normalized, header material has no CR or LF). */
static void to_lf(mm_buf* out, size_t from)
{
	size_t r, wr = from;

	for (r = from; r < out->len; r++) {
		if (out->data[r] == '\r' && r + 1 < out->len && out->data[r + 1] == '\n') {
			continue;
		}
		out->data[wr++] = out->data[r];
	}
	out->len = wr;
	out->data[wr] = '\0';
}

static void truncate_to(mm_buf* out, size_t len)
{
	if (out->data && len <= out->len) {
		out->len = len;
		out->data[len] = '\0';
	}
}

bool mm_mime_write_message(const mm_email* email, const mm_mime_options* opts, mm_buf* out, mm_error* err)
{
	mm_mime_options defaults;
	writer w;
	size_t start = out->len, body_start;
	int attempt;
	bool ok;

	if (!opts) {
		mm_mime_options_init(&defaults);
		opts = &defaults;
	}
	memset(&w, 0, sizeof(w));
	w.email = email;
	w.opts = opts;
	w.out = out;
	w.err = err;
	mm_buf_init(&w.line);
	ok = write_headers(&w);
	body_start = out->len;
	/* A boundary inside encoded content is practically impossible ("=_"
	 * never appears there); still, check and pick new ones if it happens. */
	for (attempt = 0; ok && attempt < BOUNDARY_ATTEMPTS; attempt++) {
		w.collision = false;
		truncate_to(out, body_start);
		ok = write_body(&w);
		if (!w.collision) {
			break;
		}
	}
	if (ok && w.collision) {
		ok = mm_error_set(err, MM_ERROR_INTERNAL, 0, "Could not find a MIME boundary absent from the content");
	}
	if (ok && out->failed) {
		ok = oom(&w);
	}
	mm_buf_free(&w.line);
	if (!ok) {
		truncate_to(out, start);
		return false;
	}
	if (opts->lf_line_endings) {
		to_lf(out, start);
	}
	return true;
}
