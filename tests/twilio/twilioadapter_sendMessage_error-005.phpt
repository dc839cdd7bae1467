--TEST--
TwilioAdapter::sendMessage() refuses an email message (wrong message type) without sending
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
$email = (new MetaMTA\EmailMessage())->setFromAddress(new MetaMTA\EmailAddress("a@example.com"))
    ->setToAddresses([new MetaMTA\EmailAddress("b@example.com")])->setTextBody("hi");
metamta_report(fn() => tw_adapter($mock)->sendMessage($email));
var_dump(tw_adapter($mock)->supportsMessageType("email"), count(metamta_mock_requests($mock)));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: MetaMTA\TwilioAdapter can only send SMS messages, MetaMTA\EmailMessage given
bool(false)
int(0)
