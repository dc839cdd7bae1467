--TEST--
AmazonSESAdapter::sendMessage(): SES's MessageRejected error keeps its status, code and message, not retryable
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/ses.inc';
$mock = metamta_mock_start(['credentials' => ['ses' => SES_SECRET]]);
ses_provider_failure(fn() => ses_adapter($mock)->sendMessage(ses_message('unverified@example.com')));
echo metamta_mock_requests($mock)[0]['verdict'], "\n";
?>
--EXPECT--
MetaMTA\ProviderException: Amazon SES request failed with HTTP status 400: (MessageRejected) Email address is not verified. The following identities failed the check in region EU-WEST-1: unverified@example.com
int(400)
string(15) "MessageRejected"
string(116) "Email address is not verified. The following identities failed the check in region EU-WEST-1: unverified@example.com"
bool(false)
ses MessageRejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: unverified@example.com
