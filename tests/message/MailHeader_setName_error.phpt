--TEST--
MailHeader: a name must be printable ASCII without spaces or colons
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$h = new MetaMTA\MailHeader('X-A', 'b');
throws(fn() => $h->setName("X-A\r\nBcc"));
throws(fn() => $h->setName("X-A\n"));
throws(fn() => $h->setName("X\0A"));
throws(fn() => $h->setName('X-A:'));
throws(fn() => $h->setName('X A'));
throws(fn() => $h->setName(''));
throws(fn() => $h->setName("X-\u{e9}"));
throws(fn() => new MetaMTA\MailHeader("Bad Name", 'v'));
var_dump($h->getName());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-A\r\nBcc' given
MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-A\n' given
MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X\0A' given
MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-A:' given
MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X A' given
MetaMTA\InvalidArgumentException: Header name must not be empty
MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-é' given
MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'Bad Name' given
string(3) "X-A"
