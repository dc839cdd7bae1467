--TEST--
MetaMTA\CIDRBlock clones, dumps its text form and compares by value
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\CIDRBlock;

$a = CIDRBlock::newBlock('2001:DB8::/32');
$b = clone $a;
var_dump($b, $a == $b, $a == CIDRBlock::newBlock('2001:db8::/33'), $a == CIDRBlock::newBlock('2001:db8::1/32'));
var_dump($b->containsAddress('2001:db8:ffff::1'), $b->getAddress() == $a->getAddress());
?>
--EXPECT--
object(MetaMTA\CIDRBlock)#2 (1) {
  ["block"]=>
  string(13) "2001:db8::/32"
}
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
