--TEST--
EmailAddress::setAddress() rejects CR, LF and NUL
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$a = new MetaMTA\EmailAddress('a@b.com');
throws(fn() => $a->setAddress("c@d\r\nBcc: e@f"));
throws(fn() => $a->setAddress("c\0@d"));
throws(fn() => $a->setAddress([]));
echo $a->getAddress(), "\n";
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Address must not contain CR, LF or NUL, 'c@d\r\nBcc: e@f' given
MetaMTA\InvalidArgumentException: Address must not contain CR, LF or NUL, 'c\0@d' given
TypeError: MetaMTA\EmailAddress::setAddress(): Argument #1 ($address) must be of type string, array given
a@b.com
