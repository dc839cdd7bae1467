/* multipart/form-data bodies (RFC 7578) for Mailgun: text fields and file
 * parts, written by us instead of libcurl so repeated field names, several
 * files per name and values starting with '@' all just work.
 *
 * Names and filenames go into quoted-strings of a Content-Disposition
 * header. CR, LF and NUL in a name, filename or content type are rejected
 * (a line break would end the part header); a '"' is written as %22, the
 * WHATWG/HTML rule browsers follow, so `say "hi".txt` still arrives. Other
 * bytes (UTF-8 included) are written as they are, again as browsers do. */
#ifndef MM_MULTIPART_H
#define MM_MULTIPART_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"
#include "mm_error.h"

typedef struct mm_multipart_part mm_multipart_part;

/* Collects parts, then writes them with a boundary chosen at the end, when
 * every part's bytes are known and the boundary can be checked against
 * them. Text field values are copied; file data is borrowed and must stay
 * valid until the form has been written. */
typedef struct {
	mm_multipart_part* parts;
	size_t count;
	size_t cap;
	mm_buf store; /* copied names, filenames, types and field values */
	bool failed;  /* out of memory while adding */
} mm_multipart;

/* Generated boundaries: "MetaMTA-" and 32 random hex digits. */
#define MM_MULTIPART_BOUNDARY_LEN 40
/* Room for "multipart/form-data; boundary=", the boundary and the NUL. */
#define MM_MULTIPART_CONTENT_TYPE_MAX 80

void mm_multipart_init(mm_multipart* mp);
/* Frees what the form owns; accepts a zeroed or already freed form. */
void mm_multipart_free(mm_multipart* mp);

/* Adds a text field. The name is checked (CR/LF/NUL rejected). */
bool mm_multipart_add_field(
    mm_multipart* mp, const char* name, size_t name_len, const char* value, size_t value_len, mm_error* err);

/* Adds a file part with a filename and a content type (empty type:
 * application/octet-stream). data is borrowed. */
bool mm_multipart_add_file(mm_multipart* mp, const char* name, size_t name_len, const char* filename,
    size_t filename_len, const char* content_type, size_t content_type_len, const char* data, size_t data_len,
    mm_error* err);

/* Writes the form with the given boundary (1 to 70 characters of RFC 2046
 * bchars, no trailing space); fails when the boundary occurs inside any
 * part, since that part would then be cut short by the reader. */
bool mm_multipart_write(const mm_multipart* mp, const char* boundary, size_t boundary_len, mm_buf* out, mm_error* err);

/* Chooses a random boundary (OpenSSL RAND_bytes) that occurs in no part,
 * writes the form into out and the Content-Type header value into
 * content_type (MM_MULTIPART_CONTENT_TYPE_MAX bytes). */
bool mm_multipart_finish(const mm_multipart* mp, mm_buf* out, char* content_type, mm_error* err);

#endif
