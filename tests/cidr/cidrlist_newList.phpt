--TEST--
MetaMTA\CIDRList::newList() takes block strings and CIDRBlock objects, in order; an empty array is an empty list
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\{CIDRBlock, CIDRList};

$list = CIDRList::newList(['a' => '10.0.0.0/8', 7 => CIDRBlock::newBlock('FE80::/10'), '1.2.3.4/24']);
var_dump($list instanceof Countable, count($list), $list->count());
foreach ($list->getBlocks() as $key => $block) {
    echo $key, ' ', get_class($block), ' ', $block, "\n";
}
$empty = CIDRList::newList([]);
var_dump(count($empty), $empty->getBlocks());
$blocks = ['192.0.2.0/24'];
$ref = &$blocks[0];
var_dump(count(CIDRList::newList($blocks)));
?>
--EXPECT--
bool(true)
int(3)
int(3)
0 MetaMTA\CIDRBlock 10.0.0.0/8
1 MetaMTA\CIDRBlock fe80::/10
2 MetaMTA\CIDRBlock 1.2.3.4/24
int(0)
array(0) {
}
int(1)
