--TEST--
EmailAddress: CR, LF and NUL are rejected in every part setter
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$a = new MetaMTA\EmailAddress('Ada <ada@example.org>');
throws(fn() => $a->setDisplayName("Ada\r\nBcc: x@y"));
throws(fn() => $a->setDisplayName("Ada\0"));
throws(fn() => $a->setLocalPart("ada\n"));
throws(fn() => $a->setLocalPart("a\0da"));
throws(fn() => $a->setDomainName("example.org\r"));
throws(fn() => $a->setDomainName("exa\0mple.org"));
throws(fn() => $a->setDisplayName([]));
echo $a, "\n";
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Display name must not contain CR, LF or NUL, 'Ada\r\nBcc: x@y' given
MetaMTA\InvalidArgumentException: Display name must not contain CR, LF or NUL, 'Ada\0' given
MetaMTA\InvalidArgumentException: Local part must not contain CR, LF or NUL, 'ada\n' given
MetaMTA\InvalidArgumentException: Local part must not contain CR, LF or NUL, 'a\0da' given
MetaMTA\InvalidArgumentException: Domain name must not contain CR, LF or NUL, 'example.org\r' given
MetaMTA\InvalidArgumentException: Domain name must not contain CR, LF or NUL, 'exa\0mple.org' given
TypeError: MetaMTA\EmailAddress::setDisplayName(): Argument #1 ($name) must be of type ?string, array given
"Ada" <ada@example.org>
