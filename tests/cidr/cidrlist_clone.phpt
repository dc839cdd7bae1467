--TEST--
MetaMTA\CIDRList clones deeply, dumps its blocks as text and compares by value
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\CIDRList;

$a = CIDRList::newList(['10.0.0.0/8', '2001:0DB8::/32']);
$b = clone $a;
unset($a);
var_dump($b, $b->containsAddress('10.1.1.1'));
var_dump($b == clone $b, $b == CIDRList::newList(['10.0.0.0/8']), CIDRList::newList([]) == CIDRList::newList([]));
var_dump(count(clone CIDRList::newList([])));
?>
--EXPECT--
object(MetaMTA\CIDRList)#2 (1) {
  ["blocks"]=>
  array(2) {
    [0]=>
    string(10) "10.0.0.0/8"
    [1]=>
    string(13) "2001:db8::/32"
  }
}
bool(true)
bool(true)
bool(false)
bool(true)
int(0)
