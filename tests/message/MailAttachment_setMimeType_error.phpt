--TEST--
MailAttachment: a MIME type must be non-empty without CR, LF or NUL
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$a = new MetaMTA\MailAttachment('d', 'f.txt', 'text/plain');
throws(fn() => $a->setMimeType(''));
throws(fn() => $a->setMimeType("text/plain\r\nX: y"));
throws(fn() => $a->setMimeType("text/plain\0"));
throws(fn() => new MetaMTA\MailAttachment('d', 'f.txt', ''));
throws(fn() => new MetaMTA\MailAttachment('d', 'f.txt', "text/html\n"));
var_dump($a->getMimeType());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Attachment MIME type must not be empty
MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'text/plain\r\nX: y' given
MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'text/plain\0' given
MetaMTA\InvalidArgumentException: Attachment MIME type must not be empty
MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'text/html\n' given
string(10) "text/plain"
