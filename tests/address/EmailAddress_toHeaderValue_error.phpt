--TEST--
EmailAddress::toHeaderValue() rejects a display name that is not UTF-8
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$a = (new MetaMTA\EmailAddress('a@b'))->setDisplayName("Ren\xE9e");
throws(fn() => $a->toHeaderValue());
// The plain string form does not encode, so it does not care.
var_dump(bin2hex((string)$a));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Display name must be valid UTF-8 to be encoded, 'Renée' given
string(26) "2252656ee96522203c6140623e"
