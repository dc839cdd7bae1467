--TEST--
EmailAddress::getAddress() joins local part and a non-empty domain
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\EmailAddress('Ada <ada@example.org>');
var_dump($a->getAddress());
var_dump($a->setDomainName('')->getAddress());
var_dump($a->setDomainName(null)->getAddress());
var_dump($a->setLocalPart(null)->setDomainName('example.org')->getAddress());
?>
--EXPECT--
string(15) "ada@example.org"
string(3) "ada"
string(3) "ada"
string(12) "@example.org"
