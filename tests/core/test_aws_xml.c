/* The AWS XML reader: the answers SES and SNS send, entities, nesting,
 * namespaces, and bodies that are malformed, truncated, hostile or huge. */
#include <stdlib.h>

#include "aws_xml.h"
#include "check.h"

static mm_aws_xml_fields read_str(const char* s)
{
	mm_aws_xml_fields f;
	mm_aws_xml_read(s, strlen(s), &f);
	return f;
}

static void test_answers(void)
{
	mm_aws_xml_fields f = read_str(
	    "<?xml version=\"1.0\"?>\n<SendRawEmailResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">\n"
	    "  <SendRawEmailResult>\n    <MessageId>0100018f-abc-000000</MessageId>\n  </SendRawEmailResult>\n"
	    "  <ResponseMetadata><RequestId>e0abcdfa-1</RequestId></ResponseMetadata>\n</SendRawEmailResponse>\n");
	CHECK(f.well_formed && f.has_message_id && f.has_request_id && !f.has_code && !f.has_message);
	CHECK(strcmp(f.message_id, "0100018f-abc-000000") == 0);
	CHECK(strcmp(f.request_id, "e0abcdfa-1") == 0);

	f = read_str("<ErrorResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><Error><Type>Sender</Type>"
	             "<Code>MessageRejected</Code><Message>Email address is not verified. The following identities "
	             "failed the check in region US-EAST-1: a@b.example</Message></Error><RequestId>r-1</RequestId>"
	             "</ErrorResponse>");
	CHECK(f.well_formed && f.has_code && f.has_message && !f.has_message_id);
	CHECK(strcmp(f.code, "MessageRejected") == 0);
	CHECK(strncmp(f.message, "Email address is not verified.", 30) == 0);
	CHECK(strcmp(f.request_id, "r-1") == 0);

	/* EC2 style <Errors><Error>, prefixes, self-closing and attributes with '>' in quotes. */
	f = read_str("<r:Response xmlns:r='x'><r:Errors><r:Error a=\"1>2\" b='q'><r:Code>Throttling</r:Code>"
	             "<r:Message/></r:Error></r:Errors></r:Response>");
	CHECK(f.well_formed && f.has_code && f.has_message);
	CHECK(strcmp(f.code, "Throttling") == 0 && f.message[0] == '\0');

	/* Code and Message outside an Error element are not AWS's error fields. */
	f = read_str("<A><Code>x</Code><Message>y</Message></A>");
	CHECK(f.well_formed && !f.has_code && !f.has_message);
}

static void test_text(void)
{
	mm_aws_xml_fields f = read_str("<E><Error><Code>a&amp;b</Code><Message>&lt;tag&gt; &quot;q&quot; &apos;s&apos; "
	                               "&#233;&#xE9; &#x1F600;<![CDATA[<raw & kept>]]>&#10;end</Message></Error></E>");
	CHECK(f.well_formed);
	CHECK(strcmp(f.code, "a&b") == 0);
	CHECK(strcmp(f.message, "<tag> \"q\" 's' \xC3\xA9\xC3\xA9 \xF0\x9F\x98\x80<raw & kept> end") == 0);

	/* Unknown entities, bad references, a bare '&': not XML. */
	CHECK(!read_str("<E>&nbsp;</E>").well_formed);
	CHECK(!read_str("<E>&#0;</E>").well_formed);
	CHECK(!read_str("<E>&#xD800;</E>").well_formed);
	CHECK(!read_str("<E>&#x110000;</E>").well_formed);
	CHECK(!read_str("<E>a & b</E>").well_formed);
	CHECK(!read_str("<E>&#;</E>").well_formed);

	/* Invalid UTF-8 in a value becomes '?'. */
	f = read_str("<E><Error><Code>X</Code><Message>caf\xE9</Message></Error></E>");
	CHECK(f.well_formed && strcmp(f.message, "caf?") == 0);
}

static void test_nesting(void)
{
	mm_aws_xml_fields f;
	char deep[2048];
	size_t i, n = 0;

	/* A MessageId with children is no value; a later leaf counts. */
	f = read_str("<R><MessageId><x>1</x></MessageId><MessageId>ok</MessageId></R>");
	CHECK(f.well_formed && f.has_message_id && strcmp(f.message_id, "ok") == 0);
	/* The first value wins. */
	f = read_str("<R><MessageId>first</MessageId><MessageId>second</MessageId></R>");
	CHECK(strcmp(f.message_id, "first") == 0);

	for (i = 0; i < MM_AWS_XML_MAX_DEPTH; i++) {
		n += (size_t)sprintf(deep + n, "<a>");
	}
	n += (size_t)sprintf(deep + n, "<MessageId>d</MessageId>");
	deep[n] = '\0';
	f = read_str(deep);
	CHECK(!f.well_formed); /* one level too deep */
	n = 0;
	for (i = 0; i < MM_AWS_XML_MAX_DEPTH - 1; i++) {
		n += (size_t)sprintf(deep + n, "<a>");
	}
	n += (size_t)sprintf(deep + n, "<MessageId>d</MessageId>");
	for (i = 0; i < MM_AWS_XML_MAX_DEPTH - 1; i++) {
		n += (size_t)sprintf(deep + n, "</a>");
	}
	f = read_str(deep);
	CHECK(f.well_formed && strcmp(f.message_id, "d") == 0);
}

static void test_malformed(void)
{
	static const char* const bad[] = {
		"",
		"   ",
		"Forbidden",
		"<html><body>502</body>",
		"<a></b>",
		"<a><b></a></b>",
		"<a/><b/>",
		"<a></a>trailing",
		"text<a></a>",
		"<a",
		"<a x=1></a>",
		"<a x=\"1></a>",
		"<a x=\"<\"></a>",
		"<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>",
		"<a><!-- open </a>",
		"<a><![CDATA[ open </a>",
		"<?xml version='1.0'",
		"</a>",
		"<>",
		"<a></ a>",
	};
	const char* full = "<ErrorResponse><Error><Code>Throttling</Code><Message>Maximum sending rate exceeded."
	                   "</Message></Error><RequestId>x</RequestId></ErrorResponse>";
	mm_aws_xml_fields f;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		f = read_str(bad[i]);
		if (f.well_formed) {
			fprintf(stderr, "  accepted: %s\n", bad[i]);
		}
		CHECK(!f.well_formed);
	}
	/* Every truncation of a valid answer is refused, and never read past its end. */
	for (i = 0; i < strlen(full); i++) {
		char* copy = malloc(i ? i : 1);
		memcpy(copy, full, i);
		mm_aws_xml_read(copy, i, &f);
		CHECK(!f.well_formed);
		free(copy);
	}
	f = read_str(full);
	CHECK(f.well_formed && strcmp(f.code, "Throttling") == 0);
	mm_aws_xml_read(NULL, 0, &f);
	CHECK(!f.well_formed);
	/* A byte-order mark and comments around the root are fine. */
	f = read_str("\xEF\xBB\xBF<!-- c --><R><MessageId>m</MessageId></R><!-- d -->\n");
	CHECK(f.well_formed && f.has_message_id);
}

static void test_huge(void)
{
	size_t big = 8u * 1024 * 1024, n;
	char* body = malloc(big + 200);
	mm_aws_xml_fields f;

	/* An 8 MB message is cut to the field, at a UTF-8 boundary. */
	n = (size_t)sprintf(body, "<ErrorResponse><Error><Code>C</Code><Message>");
	memset(body + n, 'x', big);
	memcpy(body + n + 10, "\xC3\xA9\xC3\xA9\xC3\xA9", 6);
	memcpy(body + n + MM_ERROR_MESSAGE_MAX - 2, "\xC3\xA9", 2);
	n += big;
	n += (size_t)sprintf(body + n, "</Message></Error></ErrorResponse>");
	mm_aws_xml_read(body, n, &f);
	CHECK(f.well_formed && f.has_message);
	CHECK(strlen(f.message) == MM_ERROR_MESSAGE_MAX - 2);
	CHECK(memcmp(f.message + 10, "\xC3\xA9", 2) == 0);

	/* A long name is refused rather than copied. */
	memset(body, 'n', 1000);
	body[0] = '<';
	body[999] = '>';
	mm_aws_xml_read(body, 1000, &f);
	CHECK(!f.well_formed);
	free(body);
}

int main(void)
{
	test_answers();
	test_text();
	test_nesting();
	test_malformed();
	test_huge();
	return check_summary("aws_xml");
}
