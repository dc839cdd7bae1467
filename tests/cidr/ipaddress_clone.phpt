--TEST--
MetaMTA\IPAddress clones, dumps its text form and compares by value
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\IPAddress;

$a = IPAddress::newAddress('2001:0DB8::0001');
$b = clone $a;
var_dump($b);
var_dump(IPAddress::newAddress('::ffff:192.0.2.1'));
var_dump($a == $b, $a == IPAddress::newAddress('2001:db8::2'), IPAddress::newAddress('1.2.3.4') == IPAddress::newAddress('::ffff:1.2.3.4'));
var_dump(IPAddress::newAddress('1.2.3.4') < IPAddress::newAddress('1.2.3.5'), $a instanceof Stringable);
?>
--EXPECT--
object(MetaMTA\IPAddress)#2 (2) {
  ["address"]=>
  string(11) "2001:db8::1"
  ["bitCount"]=>
  int(128)
}
object(MetaMTA\IPAddress)#3 (2) {
  ["address"]=>
  string(9) "192.0.2.1"
  ["bitCount"]=>
  int(32)
}
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
