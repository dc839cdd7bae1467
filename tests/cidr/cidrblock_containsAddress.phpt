--TEST--
MetaMTA\CIDRBlock::containsAddress() answers the cidr.md §8 block rows
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\CIDRBlock;

$rows = [
    ['0.0.0.0/0', '203.0.113.9'], ['0.0.0.0/0', '::1'],
    ['192.168.1.7/32', '192.168.1.7'], ['192.168.1.7/32', '192.168.1.8'],
    ['10.0.0.0/8', '10.255.255.255'], ['10.0.0.0/8', '11.0.0.0'], ['10.0.0.0/8', '9.255.255.255'],
    ['fe80::/10', 'febf::1'], ['fe80::/10', 'fec0::1'],
    ['::/0', '2001:db8::'], ['::/0', '10.1.1.1'],
    ['10.1.2.3/16', '10.1.200.200'],
];
foreach ($rows as [$block, $address]) {
    echo $block, ' ', $address, ' ', var_export(CIDRBlock::newBlock($block)->containsAddress($address), true), "\n";
}
?>
--EXPECT--
0.0.0.0/0 203.0.113.9 true
0.0.0.0/0 ::1 false
192.168.1.7/32 192.168.1.7 true
192.168.1.7/32 192.168.1.8 false
10.0.0.0/8 10.255.255.255 true
10.0.0.0/8 11.0.0.0 false
10.0.0.0/8 9.255.255.255 false
fe80::/10 febf::1 true
fe80::/10 fec0::1 false
::/0 2001:db8:: true
::/0 10.1.1.1 false
10.1.2.3/16 10.1.200.200 true
