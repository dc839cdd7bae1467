--TEST--
PhoneNumber: toE164(), string conversion, clone, var_dump, ==
--EXTENSIONS--
metamta
--FILE--
<?php
$p = new MetaMTA\PhoneNumber('(212) 555-0100');
var_dump($p->toE164(), (string)$p, $p instanceof Stringable);
$c = clone $p;
var_dump($c->toE164(), $c == $p, $p == new MetaMTA\PhoneNumber('+44 20 7946 0958'));
var_dump($p);
?>
--EXPECT--
string(12) "+12125550100"
string(12) "+12125550100"
bool(true)
string(12) "+12125550100"
bool(true)
bool(false)
object(MetaMTA\PhoneNumber)#1 (1) {
  ["number"]=>
  string(12) "+12125550100"
}
