--TEST--
EmailAddress: == compares the parts
--EXTENSIONS--
metamta
--FILE--
<?php
var_dump(new MetaMTA\EmailAddress('A <a@b>') == new MetaMTA\EmailAddress('"A" <a@b>'));
var_dump(new MetaMTA\EmailAddress('A <a@b>') == new MetaMTA\EmailAddress('a@b'));
var_dump(new MetaMTA\EmailAddress('<a@b>') == new MetaMTA\EmailAddress('a@b'));
var_dump(new MetaMTA\EmailAddress('a@b') == new MetaMTA\EmailAddress('a@c'));
var_dump(new MetaMTA\EmailAddress('a@b') != new MetaMTA\EmailAddress('a@b'));
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
