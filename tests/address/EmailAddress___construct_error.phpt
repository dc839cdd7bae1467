--TEST--
EmailAddress: CR, LF or NUL inside the trimmed text is rejected
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
throws(fn() => new MetaMTA\EmailAddress("Name\n<a@b.com>"));
throws(fn() => new MetaMTA\EmailAddress("Name <a@b.com>\r\nBcc: x@y"));
throws(fn() => new MetaMTA\EmailAddress("a\0b@example.org"));
throws(fn() => new MetaMTA\EmailAddress("Na\rme <a@b.com>"));
throws(fn() => new MetaMTA\EmailAddress([]));
// Leading and trailing line breaks are trimmed first, so this one is fine.
echo (new MetaMTA\EmailAddress("\r\na@b.com\n\0"))->getAddress(), "\n";
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, 'Name\n<a@b.com>' given
MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, 'Name <a@b.com>\r\nBcc: x@y' given
MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, 'a\0b@example.org' given
MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, 'Na\rme <a@b.com>' given
TypeError: MetaMTA\EmailAddress::__construct(): Argument #1 ($address) must be of type ?string, array given
a@b.com
