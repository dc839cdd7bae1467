--TEST--
EmailAddress::setAddress() splits at the first @ and keeps the domain without one
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\EmailAddress('Ada <a@b.com>');
var_dump($a->setAddress('c') === $a);
var_dump($a->getAddress(), $a->getDisplayName());
$a->setAddress('x@y@z');
var_dump($a->getLocalPart(), $a->getDomainName());
$a->setAddress(' p@q ');
var_dump($a->getLocalPart(), $a->getDomainName());
$a->setAddress('r@');
var_dump($a->getLocalPart(), $a->getDomainName(), $a->getAddress());
?>
--EXPECT--
bool(true)
string(7) "c@b.com"
string(3) "Ada"
string(1) "x"
string(3) "y@z"
string(2) " p"
string(2) "q "
string(1) "r"
string(0) ""
string(1) "r"
