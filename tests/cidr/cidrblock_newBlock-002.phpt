--TEST--
MetaMTA\CIDRBlock::newBlock() copies a block object
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\CIDRBlock;

$a = CIDRBlock::newBlock('fe80::/10');
$b = CIDRBlock::newBlock($a);
var_dump($a !== $b, $a == $b, (string)$b, $b->containsAddress('febf::1'));
?>
--EXPECT--
bool(true)
bool(true)
string(9) "fe80::/10"
bool(true)
