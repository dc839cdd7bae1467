/* The SMTP envelope (MAIL FROM, RCPT TO) and the address check shared with
 * the address headers of the MIME writer. */
#include "mime.h"

#include <string.h>

#include "address.h"
#include "mm_alloc.h"

/* Characters that would let an address end the SMTP command, open a
 * comment or a quoted string, or start a second address in a header. */
static bool is_forbidden_address_char(unsigned char c)
{
	return c <= 0x20 || c >= 0x7F || strchr("<>(),;\"\\@", c) != NULL;
}

static bool part_is_clean(const mm_str* part)
{
	size_t i;

	for (i = 0; i < part->len; i++) {
		if (is_forbidden_address_char((unsigned char)part->ptr[i])) {
			return false;
		}
	}
	return true;
}

bool mm_mime_check_address(const mm_address* addr, const char* what, mm_error* err)
{
	mm_buf spec;
	char quoted[160];
	const char* problem = NULL;

	if (!addr->local_part.ptr || addr->local_part.len == 0) {
		problem = "has an empty local part";
	} else if (!addr->domain_name.ptr || addr->domain_name.len == 0) {
		problem = "has no domain";
	} else if (!part_is_clean(&addr->local_part) || !part_is_clean(&addr->domain_name)) {
		problem =
		    "must be printable ASCII without spaces, control characters, a second '@' or any of <>(),;\"\\";
	} else if (addr->local_part.ptr[0] == '-') {
		/* A leading '-' would be read as an option by sendmail. */
		problem = "must not start with '-'";
	} else {
		return true;
	}
	mm_buf_init(&spec);
	mm_address_append_addr_spec(addr, &spec);
	if (addr->local_part.ptr && addr->domain_name.ptr && addr->domain_name.len == 0) {
		mm_buf_append_char(&spec, '@');
	}
	mm_quote(quoted, sizeof(quoted), spec.data ? spec.data : "", spec.len);
	mm_buf_free(&spec);
	return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "%s %s, %s given", what, problem, quoted);
}

static bool same_ignoring_case(const mm_str* a, const mm_str* b)
{
	size_t i;

	if (a->len != b->len || !a->ptr != !b->ptr) {
		return false;
	}
	for (i = 0; i < a->len; i++) {
		unsigned char x = (unsigned char)a->ptr[i], y = (unsigned char)b->ptr[i];
		if (x >= 'A' && x <= 'Z') {
			x = (unsigned char)(x - 'A' + 'a');
		}
		if (y >= 'A' && y <= 'Z') {
			y = (unsigned char)(y - 'A' + 'a');
		}
		if (x != y) {
			return false;
		}
	}
	return true;
}

bool mm_mime_address_equal(const mm_address* a, const mm_address* b)
{
	return same_ignoring_case(&a->local_part, &b->local_part) &&
	    same_ignoring_case(&a->domain_name, &b->domain_name);
}

static char* addr_spec_dup(const mm_address* addr)
{
	mm_buf b;
	char* s;

	mm_buf_init(&b);
	mm_address_append_addr_spec(addr, &b);
	if (b.failed) {
		mm_buf_free(&b);
		return NULL;
	}
	s = mm_buf_detach(&b, NULL);
	return s;
}

static const mm_address* recipient_at(const mm_email* email, size_t i)
{
	return i < email->to_count ? &email->to[i] : &email->cc[i - email->to_count];
}

bool mm_mime_envelope_build(const mm_email* email, mm_mime_envelope* out, mm_error* err)
{
	size_t total = email->to_count + email->cc_count, i, k;

	memset(out, 0, sizeof(*out));
	if (email->from && !mm_mime_check_address(email->from, "From address", err)) {
		return false;
	}
	if (total == 0) {
		return mm_error_set(
		    err, MM_ERROR_INVALID_ARGUMENT, 0, "The message has no recipients (no To or Cc address)");
	}
	out->mail_from = email->from ? addr_spec_dup(email->from) : mm_strndup("", 0);
	out->recipients = mm_calloc(total, sizeof(char*));
	if (!out->mail_from || !out->recipients) {
		goto oom;
	}
	for (i = 0; i < total; i++) {
		const mm_address* addr = recipient_at(email, i);
		bool seen = false;

		if (!mm_mime_check_address(addr, i < email->to_count ? "To address" : "Cc address", err)) {
			mm_mime_envelope_free(out);
			return false;
		}
		/* One RCPT TO per mailbox: the first of case-insensitive duplicates across To and Cc. */
		for (k = 0; k < i && !seen; k++) {
			seen = mm_mime_address_equal(recipient_at(email, k), addr);
		}
		if (seen) {
			continue;
		}
		out->recipients[out->recipient_count] = addr_spec_dup(addr);
		if (!out->recipients[out->recipient_count]) {
			goto oom;
		}
		out->recipient_count++;
	}
	return true;

oom:
	mm_mime_envelope_free(out);
	return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory while building the envelope");
}

void mm_mime_envelope_free(mm_mime_envelope* env)
{
	size_t i;

	if (!env) {
		return;
	}
	for (i = 0; i < env->recipient_count; i++) {
		mm_free(env->recipients[i]);
	}
	mm_free(env->recipients);
	mm_free(env->mail_from);
	memset(env, 0, sizeof(*env));
}
