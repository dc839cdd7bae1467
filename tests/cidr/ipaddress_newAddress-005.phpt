--TEST--
MetaMTA\IPAddress::newAddress() copies an address object
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\IPAddress;

$a = IPAddress::newAddress('2001:db8::1');
$b = IPAddress::newAddress($a);
var_dump($a !== $b, $a == $b, (string)$b, $b->getBitCount());
?>
--EXPECT--
bool(true)
bool(true)
string(11) "2001:db8::1"
int(128)
