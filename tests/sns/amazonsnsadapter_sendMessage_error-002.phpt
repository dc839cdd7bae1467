--TEST--
AmazonSNSAdapter::sendMessage(): refuses an email, a message without number or text, and a text over 1600 bytes
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/sns.inc';
require __DIR__ . '/../utils/tools.inc';
$mock = metamta_mock_start();
$adapter = sns_adapter($mock);
throws(fn() => $adapter->sendMessage(new MetaMTA\EmailMessage()));
throws(fn() => $adapter->sendMessage((new MetaMTA\SMSMessage())->setTextBody('x')));
throws(fn() => $adapter->sendMessage(sns_message('+14155550100', null)));
throws(fn() => $adapter->sendMessage(sns_message('+14155550100', '')));
throws(fn() => $adapter->sendMessage(sns_message('+14155550100', "\xff")));
throws(fn() => $adapter->sendMessage(sns_message('+14155550100', str_repeat('é', 801))));
var_dump(metamta_mock_stats($mock)['requests']);
?>
--EXPECT--
MetaMTA\InvalidArgumentException: MetaMTA\AmazonSNSAdapter can only send SMS messages, MetaMTA\EmailMessage given
MetaMTA\InvalidArgumentException: The SMS message has no recipient number: call setToNumber() first
MetaMTA\InvalidArgumentException: SMS text body must not be empty
MetaMTA\InvalidArgumentException: SMS text body must not be empty
MetaMTA\InvalidArgumentException: SMS text body is not valid UTF-8
MetaMTA\InvalidArgumentException: SMS text body has 1602 bytes; Amazon SNS accepts at most 1600
int(0)
