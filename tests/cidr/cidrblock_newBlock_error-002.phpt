--TEST--
MetaMTA\CIDRBlock::newBlock() leaves wrong types to the engine and cannot be constructed directly
--EXTENSIONS--
metamta
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\CIDRBlock;

throws(fn() => CIDRBlock::newBlock(null));
throws(fn() => CIDRBlock::newBlock(8));
throws(fn() => CIDRBlock::newBlock(\MetaMTA\IPAddress::newAddress('::1')));
throws(fn() => new CIDRBlock());
?>
--EXPECT--
TypeError: MetaMTA\CIDRBlock::newBlock(): Argument #1 ($block) must be of type MetaMTA\CIDRBlock|string, null given
TypeError: MetaMTA\CIDRBlock::newBlock(): Argument #1 ($block) must be of type MetaMTA\CIDRBlock|string, int given
TypeError: MetaMTA\CIDRBlock::newBlock(): Argument #1 ($block) must be of type MetaMTA\CIDRBlock|string, MetaMTA\IPAddress given
Error: Call to private MetaMTA\CIDRBlock::__construct() from global scope
