--TEST--
MetaMTA\CIDRBlock::newBlock() parses address/mask and keeps host bits as written
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\CIDRBlock;

foreach (['10.0.0.0/8', 'fe80::/10', '1.2.3.4/0', '1.2.3.4/24', '0.0.0.0/0', '192.168.1.7/32', '::/0',
    '::1/128', '2001:0DB8:0:0:0:0:0:1/64', '::ffff:0:0/96', '10.1.2.3/16'] as $text) {
    $block = CIDRBlock::newBlock($text);
    echo $text, ' -> ', $block, ' address ', $block->getAddress(), ' mask ', $block->getMask(), "\n";
}
?>
--EXPECT--
10.0.0.0/8 -> 10.0.0.0/8 address 10.0.0.0 mask 8
fe80::/10 -> fe80::/10 address fe80:: mask 10
1.2.3.4/0 -> 1.2.3.4/0 address 1.2.3.4 mask 0
1.2.3.4/24 -> 1.2.3.4/24 address 1.2.3.4 mask 24
0.0.0.0/0 -> 0.0.0.0/0 address 0.0.0.0 mask 0
192.168.1.7/32 -> 192.168.1.7/32 address 192.168.1.7 mask 32
::/0 -> ::/0 address :: mask 0
::1/128 -> ::1/128 address ::1 mask 128
2001:0DB8:0:0:0:0:0:1/64 -> 2001:db8::1/64 address 2001:db8::1 mask 64
::ffff:0:0/96 -> ::ffff:0:0/96 address ::ffff:0:0 mask 96
10.1.2.3/16 -> 10.1.2.3/16 address 10.1.2.3 mask 16
