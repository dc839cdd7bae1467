--TEST--
MailHeader: a value must not contain CR, LF or NUL
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$h = new MetaMTA\MailHeader('X-A', 'b');
throws(fn() => $h->setValue("b\r\nBcc: x@y"));
throws(fn() => $h->setValue("b\n"));
throws(fn() => $h->setValue("b\r"));
throws(fn() => $h->setValue("b\0"));
throws(fn() => new MetaMTA\MailHeader('X-B', "v\nw"));
throws(fn() => $h->setValue([]));
var_dump($h->getValue());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'b\r\nBcc: x@y' given
MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'b\n' given
MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'b\r' given
MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'b\0' given
MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'v\nw' given
TypeError: MetaMTA\MailHeader::setValue(): Argument #1 ($value) must be of type string, array given
string(1) "b"
