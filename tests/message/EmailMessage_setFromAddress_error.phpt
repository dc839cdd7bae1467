--TEST--
EmailMessage: address setters take EmailAddress objects only (engine TypeError)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$m = new MetaMTA\EmailMessage();
throws(fn() => $m->setFromAddress('ada@example.org'));
throws(fn() => $m->setReplyToAddress(null));
throws(fn() => $m->setFromAddress(new MetaMTA\MailHeader()));
?>
--EXPECT--
TypeError: MetaMTA\EmailMessage::setFromAddress(): Argument #1 ($address) must be of type MetaMTA\EmailAddress, string given
TypeError: MetaMTA\EmailMessage::setReplyToAddress(): Argument #1 ($address) must be of type MetaMTA\EmailAddress, null given
TypeError: MetaMTA\EmailMessage::setFromAddress(): Argument #1 ($address) must be of type MetaMTA\EmailAddress, MetaMTA\MailHeader given
