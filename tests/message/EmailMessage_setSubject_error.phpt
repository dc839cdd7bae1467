--TEST--
EmailMessage::setSubject() rejects CR, LF and NUL
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$m = (new MetaMTA\EmailMessage())->setSubject('kept');
throws(fn() => $m->setSubject("Hi\r\nBcc: victim@example.org"));
throws(fn() => $m->setSubject("Hi\n"));
throws(fn() => $m->setSubject("Hi\0"));
throws(fn() => $m->setSubject(['Hi']));
var_dump($m->getSubject());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'Hi\r\nBcc: victim@example.org' given
MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'Hi\n' given
MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'Hi\0' given
TypeError: MetaMTA\EmailMessage::setSubject(): Argument #1 ($subject) must be of type ?string, array given
string(4) "kept"
