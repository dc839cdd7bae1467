--TEST--
EmailAddress::toHeaderValue() encodes a non-ASCII display name as RFC 2047 words
--EXTENSIONS--
metamta
--FILE--
<?php
$ascii = new MetaMTA\EmailAddress('Ada "the" Lovelace <ada@example.org>');
var_dump($ascii->toHeaderValue() === (string)$ascii);
var_dump((new MetaMTA\EmailAddress('ada@example.org'))->toHeaderValue());
$a = new MetaMTA\EmailAddress("Ren\u{e9}e M\u{fc}ller <renee@example.org>");
$v = $a->toHeaderValue();
var_dump($v);
preg_match('/^=\?UTF-8\?B\?([A-Za-z0-9+\/=]+)\?= <(.*)>$/', $v, $m);
var_dump(base64_decode($m[1]) === $a->getDisplayName(), $m[2]);
// A quote or backslash needs no escaping inside an encoded word.
$b = (new MetaMTA\EmailAddress('r@x'))->setDisplayName("Ren\u{e9}e \"R\" \\");
var_dump($b->getDisplayName());
preg_match('/^=\?UTF-8\?B\?(.*)\?= <r@x>$/', $b->toHeaderValue(), $m);
var_dump(base64_decode($m[1]) === $b->getDisplayName());
?>
--EXPECT--
bool(true)
string(15) "ada@example.org"
string(52) "=?UTF-8?B?UmVuw6llIE3DvGxsZXI=?= <renee@example.org>"
bool(true)
string(17) "renee@example.org"
string(12) "Renée "R" \"
bool(true)
