--TEST--
EmailMessage: serialization is refused
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
throws(fn() => serialize(new MetaMTA\EmailMessage()));
throws(fn() => serialize(new MetaMTA\SMSMessage()));
throws(fn() => serialize(new MetaMTA\MailHeader()));
throws(fn() => serialize(new MetaMTA\PhoneNumber('2125550100')));
?>
--EXPECT--
Exception: Serialization of 'MetaMTA\EmailMessage' is not allowed
Exception: Serialization of 'MetaMTA\SMSMessage' is not allowed
Exception: Serialization of 'MetaMTA\MailHeader' is not allowed
Exception: Serialization of 'MetaMTA\PhoneNumber' is not allowed
