--TEST--
MailAttachment: a filename must not contain CR, LF or NUL
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$a = new MetaMTA\MailAttachment('d', 'f.txt', 'text/plain');
throws(fn() => $a->setFilename("f.txt\r\nContent-Type: text/html"));
throws(fn() => $a->setFilename("f\0.txt"));
throws(fn() => new MetaMTA\MailAttachment('d', "a\nb", 'text/plain'));
throws(fn() => new MetaMTA\MailAttachment('d', 'f'));
var_dump($a->getFilename());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'f.txt\r\nContent-Type: text/html' given
MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'f\0.txt' given
MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'a\nb' given
ArgumentCountError: MetaMTA\MailAttachment::__construct() expects exactly 3 arguments, 2 given
string(5) "f.txt"
