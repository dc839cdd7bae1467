/* The Message-ID host-guess rule: every case of spec/adapters.md §2.1
 * "Consequences worth testing", plus the explicit settings. */
#include "check.h"
#include "message_id.h"

static bool guess(const char* host)
{
	return mm_message_id_supported(MM_MESSAGE_ID_GUESS, host, host ? strlen(host) : 0);
}

int main(void)
{
	/* An explicit setting wins over any host. */
	CHECK(mm_message_id_supported(MM_MESSAGE_ID_YES, "x.amazonaws.com", 15));
	CHECK(!mm_message_id_supported(MM_MESSAGE_ID_NO, "mail.example.com", 16));
	CHECK(!mm_message_id_supported(MM_MESSAGE_ID_NO, NULL, 0));
	CHECK(mm_message_id_supported(MM_MESSAGE_ID_YES, NULL, 0));

	/* No host (sendmail): true. */
	CHECK(guess(NULL));
	CHECK(guess(""));

	/* The three rewriting relays. */
	CHECK(!guess("email-smtp.us-east-1.amazonaws.com"));
	CHECK(!guess("smtp.postmarkapp.com"));
	CHECK(!guess("smtp.sendgrid.net"));
	CHECK(guess("smtp.example.com"));

	/* The suffix includes the dot: the bare domain has no label before it. */
	CHECK(guess("amazonaws.com"));
	CHECK(guess("postmarkapp.com"));
	CHECK(guess("sendgrid.net"));
	CHECK(guess("xamazonaws.com"));

	/* Anchored at the very end: a port, a trailing dot or more labels break it. */
	CHECK(guess("email-smtp.us-east-1.amazonaws.com:587"));
	CHECK(guess("email-smtp.us-east-1.amazonaws.com."));
	CHECK(guess("x.amazonaws.com.example.org"));

	/* A ';' list is judged by its end only. */
	CHECK(!guess("a.example.com;b.amazonaws.com"));
	CHECK(guess("b.amazonaws.com;a.example.com"));

	/* Case-insensitive. */
	CHECK(!guess("X.AmazonAWS.COM"));
	CHECK(!guess("SMTP.SENDGRID.NET"));

	/* The length is honoured, not the NUL. */
	CHECK(!mm_message_id_supported(MM_MESSAGE_ID_GUESS, "x.sendgrid.net:25", 14));

	return check_summary("message_id");
}
