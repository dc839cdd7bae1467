--TEST--
TwilioAdapter::sendMessage() against a 429: retryable ProviderException
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock(["fault" => "429"]);
metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message()), $mock);
?>
--EXPECT--
MetaMTA\ProviderException: Twilio request failed with HTTP status 429: Too Many Requests
int(429)
NULL
string(17) "Too Many Requests"
bool(true)
