--TEST--
AmazonSESAdapter::sendMessage(): SES's 400 Throttling is retryable
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/ses.inc';
$mock = metamta_mock_start(['credentials' => ['ses' => SES_SECRET]]);
ses_provider_failure(fn() => ses_adapter($mock)->sendMessage(ses_message('throttle@example.com')));
?>
--EXPECT--
MetaMTA\ProviderException: Amazon SES request failed with HTTP status 400: (Throttling) Maximum sending rate exceeded.
int(400)
string(10) "Throttling"
string(30) "Maximum sending rate exceeded."
bool(true)
