--TEST--
MetaMTA\CIDRList::containsAddress() over a long list parsed once
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\CIDRList;

$blocks = [];
for ($i = 0; $i < 2000; $i++) {
    $blocks[] = sprintf('10.%d.%d.0/24', intdiv($i, 256), $i % 256);
}
$blocks[] = '2001:db8::/32';
$list = CIDRList::newList($blocks);
var_dump(count($list), $list->containsAddress('10.7.207.1'), $list->containsAddress('10.7.208.1'),
    $list->containsAddress('2001:db8:1::1'), $list->containsAddress('::ffff:10.0.0.200'));
?>
--EXPECT--
int(2001)
bool(true)
bool(false)
bool(true)
bool(true)
