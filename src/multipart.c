#include "multipart.h"

#include <string.h>

#include <openssl/rand.h>

#include "mm_alloc.h"

/* Random boundaries collide with content only by chance (2^-128 per part),
 * so a few attempts are plenty; running out means the RNG is broken. */
#define MM_MULTIPART_ATTEMPTS 8
#define MM_MULTIPART_PREFIX "MetaMTA-"

struct mm_multipart_part {
	size_t name_off, name_len;
	size_t filename_off, filename_len; /* files only */
	size_t type_off, type_len;         /* files only */
	size_t value_off;                  /* text fields: the value is in the store */
	const char* data;                  /* files: borrowed bytes */
	size_t data_len;
	bool is_file;
};

void mm_multipart_init(mm_multipart* mp)
{
	mp->parts = NULL;
	mp->count = 0;
	mp->cap = 0;
	mp->failed = false;
	mm_buf_init(&mp->store);
}

void mm_multipart_free(mm_multipart* mp)
{
	mm_free(mp->parts);
	mm_buf_free(&mp->store);
	mm_multipart_init(mp);
}

static bool check_quoted_material(const char* what, const char* s, size_t len, mm_error* err)
{
	char quoted[160];
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\r' || s[i] == '\n' || s[i] == '\0') {
			mm_quote(quoted, sizeof(quoted), s, len);
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "Form %s must not contain CR, LF or NUL, %s given", what, quoted);
		}
	}
	return true;
}

static mm_multipart_part* new_part(mm_multipart* mp, const char* name, size_t name_len, mm_error* err)
{
	mm_multipart_part* part;

	if (mp->count == mp->cap) {
		size_t cap = mp->cap ? mp->cap * 2 : 16;
		mm_multipart_part* grown = mm_realloc(mp->parts, cap * sizeof(*grown));
		if (!grown) {
			mp->failed = true;
			mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
			return NULL;
		}
		mp->parts = grown;
		mp->cap = cap;
	}
	part = &mp->parts[mp->count];
	memset(part, 0, sizeof(*part));
	part->name_off = mp->store.len;
	part->name_len = name_len;
	mm_buf_append(&mp->store, name, name_len);
	return part;
}

static bool store_ok(mm_multipart* mp, mm_error* err)
{
	if (mp->store.failed) {
		mp->failed = true;
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	mp->count++;
	return true;
}

bool mm_multipart_add_field(
    mm_multipart* mp, const char* name, size_t name_len, const char* value, size_t value_len, mm_error* err)
{
	mm_multipart_part* part;

	if (!check_quoted_material("field name", name, name_len, err)) {
		return false;
	}
	if (!(part = new_part(mp, name, name_len, err))) {
		return false;
	}
	part->value_off = mp->store.len;
	part->data_len = value_len;
	mm_buf_append(&mp->store, value, value_len);
	return store_ok(mp, err);
}

bool mm_multipart_add_file(mm_multipart* mp, const char* name, size_t name_len, const char* filename,
    size_t filename_len, const char* content_type, size_t content_type_len, const char* data, size_t data_len,
    mm_error* err)
{
	mm_multipart_part* part;

	if (!check_quoted_material("field name", name, name_len, err) ||
	    !check_quoted_material("filename", filename, filename_len, err) ||
	    !check_quoted_material("content type", content_type, content_type_len, err)) {
		return false;
	}
	if (content_type_len == 0) {
		content_type = "application/octet-stream";
		content_type_len = strlen(content_type);
	}
	if (!(part = new_part(mp, name, name_len, err))) {
		return false;
	}
	part->is_file = true;
	part->filename_off = mp->store.len;
	part->filename_len = filename_len;
	mm_buf_append(&mp->store, filename, filename_len);
	part->type_off = mp->store.len;
	part->type_len = content_type_len;
	mm_buf_append(&mp->store, content_type, content_type_len);
	part->data = data;
	part->data_len = data_len;
	return store_ok(mp, err);
}

/* Whether needle occurs in hay; memmem is not portable to Windows. */
static bool contains(const char* hay, size_t hay_len, const char* needle, size_t needle_len)
{
	const char* p = hay;
	const char* end = hay + hay_len;

	if (needle_len == 0 || hay_len < needle_len) {
		return false;
	}
	while ((size_t)(end - p) >= needle_len) {
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

static const char* part_data(const mm_multipart* mp, const mm_multipart_part* part)
{
	return part->is_file ? part->data : mp->store.data + part->value_off;
}

static bool boundary_occurs(const mm_multipart* mp, const char* b, size_t b_len)
{
	size_t i;

	for (i = 0; i < mp->count; i++) {
		const mm_multipart_part* part = &mp->parts[i];
		const char* store = mp->store.data;
		if (contains(store + part->name_off, part->name_len, b, b_len) ||
		    contains(part_data(mp, part), part->data_len, b, b_len) ||
		    (part->is_file &&
		        (contains(store + part->filename_off, part->filename_len, b, b_len) ||
		            contains(store + part->type_off, part->type_len, b, b_len)))) {
			return true;
		}
	}
	return false;
}

/* RFC 2046 §5.1.1 bchars, minus the space (allowed there, but only inside). */
static bool is_bchar(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	    (c != '\0' && strchr("'()+_,-./:=?", c) != NULL);
}

/* Writes s inside a quoted-string, '"' as %22 (the WHATWG form-data rule). */
static void append_quoted(mm_buf* out, const char* s, size_t len)
{
	size_t i, run = 0;

	mm_buf_append_char(out, '"');
	for (i = 0; i < len; i++) {
		if (s[i] == '"') {
			mm_buf_append(out, s + run, i - run);
			mm_buf_append(out, "%22", 3);
			run = i + 1;
		}
	}
	mm_buf_append(out, s + run, len - run);
	mm_buf_append_char(out, '"');
}

bool mm_multipart_write(const mm_multipart* mp, const char* boundary, size_t boundary_len, mm_buf* out, mm_error* err)
{
	size_t i;

	if (mp->failed) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	if (boundary_len == 0 || boundary_len > 70) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "Multipart boundary must be 1 to 70 characters");
	}
	for (i = 0; i < boundary_len; i++) {
		if (!is_bchar((unsigned char)boundary[i])) {
			return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0,
			    "Multipart boundary may only hold RFC 2046 boundary characters");
		}
	}
	if (boundary_occurs(mp, boundary, boundary_len)) {
		return mm_error_set(err, MM_ERROR_INVALID_ARGUMENT, 0, "Multipart boundary occurs inside a part");
	}
	for (i = 0; i < mp->count; i++) {
		const mm_multipart_part* part = &mp->parts[i];
		const char* store = mp->store.data;

		mm_buf_append(out, "--", 2);
		mm_buf_append(out, boundary, boundary_len);
		mm_buf_append_str(out, "\r\nContent-Disposition: form-data; name=");
		append_quoted(out, store + part->name_off, part->name_len);
		if (part->is_file) {
			mm_buf_append_str(out, "; filename=");
			append_quoted(out, store + part->filename_off, part->filename_len);
			mm_buf_append_str(out, "\r\nContent-Type: ");
			mm_buf_append(out, store + part->type_off, part->type_len);
		}
		mm_buf_append(out, "\r\n\r\n", 4);
		mm_buf_append(out, part_data(mp, part), part->data_len);
		mm_buf_append(out, "\r\n", 2);
	}
	mm_buf_append(out, "--", 2);
	mm_buf_append(out, boundary, boundary_len);
	mm_buf_append(out, "--\r\n", 4);
	if (out->failed) {
		return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Out of memory");
	}
	return true;
}

bool mm_multipart_finish(const mm_multipart* mp, mm_buf* out, char* content_type, mm_error* err)
{
	static const char hex[] = "0123456789abcdef";
	char boundary[MM_MULTIPART_BOUNDARY_LEN + 1];
	size_t prefix_len = strlen(MM_MULTIPART_PREFIX);
	int attempt;

	memcpy(boundary, MM_MULTIPART_PREFIX, prefix_len);
	for (attempt = 0; attempt < MM_MULTIPART_ATTEMPTS; attempt++) {
		unsigned char random[(MM_MULTIPART_BOUNDARY_LEN - sizeof(MM_MULTIPART_PREFIX) + 1) / 2];
		size_t i;

		if (RAND_bytes(random, (int)sizeof(random)) != 1) {
			return mm_error_set(
			    err, MM_ERROR_INTERNAL, 0, "Could not get random bytes for a multipart boundary");
		}
		for (i = 0; i < sizeof(random); i++) {
			boundary[prefix_len + 2 * i] = hex[random[i] >> 4];
			boundary[prefix_len + 2 * i + 1] = hex[random[i] & 0x0F];
		}
		boundary[MM_MULTIPART_BOUNDARY_LEN] = '\0';
		if (!boundary_occurs(mp, boundary, MM_MULTIPART_BOUNDARY_LEN)) {
			size_t start = out->len;
			if (!mm_multipart_write(mp, boundary, MM_MULTIPART_BOUNDARY_LEN, out, err)) {
				out->len = start;
				if (out->data) {
					out->data[start] = '\0';
				}
				return false;
			}
			memcpy(content_type, "multipart/form-data; boundary=", 30);
			memcpy(content_type + 30, boundary, MM_MULTIPART_BOUNDARY_LEN + 1);
			return true;
		}
	}
	return mm_error_set(err, MM_ERROR_INTERNAL, 0, "Could not find a multipart boundary absent from the content");
}
