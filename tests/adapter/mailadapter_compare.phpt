--TEST--
Adapters are not comparable: two adapters with equal state are not ==
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\TestAdapter();
$b = new MetaMTA\TestAdapter();
var_dump($a == $b, $a != $b, $a < $b, $a > $b);
var_dump($a == $a, $a === $a);
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
