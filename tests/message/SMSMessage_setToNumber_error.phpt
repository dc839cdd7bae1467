--TEST--
SMSMessage::setToNumber() takes a PhoneNumber (engine TypeError)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
throws(fn() => (new MetaMTA\SMSMessage())->setToNumber('+12125550100'));
throws(fn() => (new MetaMTA\SMSMessage())->setToNumber(null));
?>
--EXPECT--
TypeError: MetaMTA\SMSMessage::setToNumber(): Argument #1 ($number) must be of type MetaMTA\PhoneNumber, string given
TypeError: MetaMTA\SMSMessage::setToNumber(): Argument #1 ($number) must be of type MetaMTA\PhoneNumber, null given
