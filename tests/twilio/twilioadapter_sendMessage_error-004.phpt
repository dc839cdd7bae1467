--TEST--
TwilioAdapter::sendMessage() refuses an SMS without number, with an empty, null, too long or non-UTF-8 body, before sending
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
$adapter = tw_adapter($mock);
metamta_report(fn() => $adapter->sendMessage((new MetaMTA\SMSMessage())->setTextBody("hi")));
metamta_report(fn() => $adapter->sendMessage(tw_message("+14155550100", "")));
metamta_report(fn() => $adapter->sendMessage(tw_message("+14155550100", null)));
metamta_report(fn() => $adapter->sendMessage(tw_message("+14155550100", str_repeat("é", 1601))));
metamta_report(fn() => $adapter->sendMessage(tw_message("+14155550100", "caf\xe9")));
var_dump(count(metamta_mock_requests($mock)));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: The SMS message has no recipient number: call setToNumber() first
MetaMTA\InvalidArgumentException: SMS text body must not be empty
MetaMTA\InvalidArgumentException: SMS text body must not be empty
MetaMTA\InvalidArgumentException: SMS text body has 1601 characters; Twilio accepts at most 1600
MetaMTA\InvalidArgumentException: SMS text body is not valid UTF-8
int(0)
