/* The message as the core sees it: borrowed views of the caller's strings,
 * no ownership. ext/ fills these from PHP objects just before a send; the
 * request builders and the MIME writer read them. */
#ifndef MM_MESSAGE_H
#define MM_MESSAGE_H

#include <stddef.h>

/* A borrowed byte string. ptr == NULL means absent (PHP null); an empty
 * present string has a non-NULL ptr and len 0. */
typedef struct {
	const char* ptr;
	size_t len;
} mm_str;

#define MM_STR_PRESENT(s) ((s).ptr != NULL)

typedef struct {
	mm_str display_name;
	mm_str local_part;
	mm_str domain_name;
} mm_address;

typedef struct {
	mm_str name;
	mm_str value;
} mm_header;

typedef struct {
	mm_str data;
	mm_str filename;
	mm_str mime_type;
	mm_str content_id; /* absent: none; without the angle brackets */
	int is_inline;     /* non-zero: shown in the body (Content-Disposition: inline) */
} mm_attachment;

typedef struct {
	const mm_address* from; /* NULL: unset */
	const mm_address* reply_to;
	const mm_address* to;
	size_t to_count;
	const mm_address* cc;
	size_t cc_count;
	const mm_header* headers;
	size_t header_count;
	const mm_attachment* attachments;
	size_t attachment_count;
	mm_str subject;
	mm_str text_body;
	mm_str html_body;
} mm_email;

typedef struct {
	mm_str to_e164; /* "+" and 10 to 15 digits */
	mm_str text_body;
} mm_sms;

#endif
