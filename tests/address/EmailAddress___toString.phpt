--TEST--
EmailAddress::__toString() always quotes a display name
--EXTENSIONS--
metamta
--FILE--
<?php
echo new MetaMTA\EmailAddress('Ada Lovelace <ada@example.org>'), "\n";
echo new MetaMTA\EmailAddress('<ada@example.org>'), "\n";
echo new MetaMTA\EmailAddress('ada@example.org'), "\n";
echo new MetaMTA\EmailAddress('a@'), "\n";
echo (new MetaMTA\EmailAddress('a@b'))->setDisplayName('Say "hi" \\ bye'), "\n";
echo (new MetaMTA\EmailAddress('a@b'))->setDisplayName("Tab\there, Ren\u{e9}e"), "\n";
var_dump(new MetaMTA\EmailAddress('a@b') instanceof Stringable);
var_dump('x ' . new MetaMTA\EmailAddress('B <a@b>'));
?>
--EXPECT--
"Ada Lovelace" <ada@example.org>
ada@example.org
ada@example.org
a
"Say \"hi\" \\ bye" <a@b>
"Tab	here, Renée" <a@b>
bool(true)
string(11) "x "B" <a@b>"
