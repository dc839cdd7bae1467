--TEST--
TwilioAdapter::sendMessage() against a 500 with a JSON body: retryable ProviderException
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock(["fault" => "500"]);
metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message()), $mock);
?>
--EXPECT--
MetaMTA\ProviderException: Twilio request failed with HTTP status 500: Internal Server Error
int(500)
NULL
string(21) "Internal Server Error"
bool(true)
