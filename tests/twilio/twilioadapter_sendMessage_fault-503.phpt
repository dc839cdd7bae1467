--TEST--
TwilioAdapter::sendMessage() against a 503 with Retry-After: retryable ProviderException
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock(["fault" => "503-retry-after"]);
metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message()), $mock);
?>
--EXPECT--
MetaMTA\ProviderException: Twilio request failed with HTTP status 503: Service Unavailable
int(503)
NULL
string(19) "Service Unavailable"
bool(true)
