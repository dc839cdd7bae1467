--TEST--
SMTPAdapter::sendMessage() takes email messages only
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$a = new MetaMTA\SMTPAdapter();
$a->setOptions(['host' => '127.0.0.1'] + $a->newDefaultOptions());
$sms = (new MetaMTA\SMSMessage())->setTextBody('hi');
throws(fn() => $a->sendMessage($sms));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: MetaMTA\SMTPAdapter can only send email messages, MetaMTA\SMSMessage given
