--TEST--
TwilioAdapter::sendMessage() to a number Twilio calls invalid: 400 with code 21211
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message("+15005550001")), $mock);
?>
--EXPECT--
MetaMTA\ProviderException: Twilio request failed with HTTP status 400: (21211) The 'To' number +15005550001 is not a valid phone number.
int(400)
int(21211)
string(57) "The 'To' number +15005550001 is not a valid phone number."
bool(false)
