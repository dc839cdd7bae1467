/* A small, bounded reader for the XML answers of AWS query APIs (SES, SNS):
 * it checks that the body is one well-formed element tree and picks out
 * the few leaf values the adapters need. Not a general XML parser: no DTD,
 * no external entities, no allocation; one pass over the bytes. */
#ifndef MM_AWS_XML_H
#define MM_AWS_XML_H

#include <stdbool.h>
#include <stddef.h>

#include "mm_error.h"

/* Deeper nesting than this is refused: AWS answers are four levels deep. */
#define MM_AWS_XML_MAX_DEPTH 32
#define MM_AWS_XML_MESSAGE_ID_MAX 256
#define MM_AWS_XML_REQUEST_ID_MAX 128

typedef struct {
	/* One root element, every tag closed in order, nothing but
	 * whitespace, comments and processing instructions around it. */
	bool well_formed;
	/* The first <Code> and <Message> inside an <Error> element, the first
	 * <MessageId> and <RequestId> anywhere (names compared without a
	 * namespace prefix). Text has the five predefined entities and
	 * character references decoded, control characters as spaces, and is
	 * cut to fit. */
	bool has_code, has_message, has_message_id, has_request_id;
	char code[MM_ERROR_PROVIDER_CODE_MAX];
	char message[MM_ERROR_MESSAGE_MAX];
	char message_id[MM_AWS_XML_MESSAGE_ID_MAX];
	char request_id[MM_AWS_XML_REQUEST_ID_MAX];
} mm_aws_xml_fields;

/* Fills out from body (zeroed first). Never fails: a body that is not XML
 * gives well_formed false; values found before the problem are kept. */
void mm_aws_xml_read(const char* body, size_t len, mm_aws_xml_fields* out);

#endif
