--TEST--
TwilioAdapter::sendMessage() to an unsubscribed recipient: 400 with code 21610
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message("+15005550004")), $mock);
?>
--EXPECT--
MetaMTA\ProviderException: Twilio request failed with HTTP status 400: (21610) Attempt to send to unsubscribed recipient
int(400)
int(21610)
string(41) "Attempt to send to unsubscribed recipient"
bool(false)
