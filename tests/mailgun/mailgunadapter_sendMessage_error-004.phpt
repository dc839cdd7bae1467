--TEST--
MailgunAdapter::sendMessage() refuses an SMS message (wrong message type) without sending
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';
use MetaMTA\{PhoneNumber, SMSMessage};

$mock = mg_mock();
$sms = (new SMSMessage())->setToNumber(new PhoneNumber('+14155550100'))->setTextBody('hi');
metamta_report(fn() => mg_adapter($mock)->sendMessage($sms));
var_dump(mg_adapter($mock)->supportsMessageType('sms'), count(metamta_mock_requests($mock)));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: MetaMTA\MailgunAdapter can only send email messages, MetaMTA\SMSMessage given
bool(false)
int(0)
