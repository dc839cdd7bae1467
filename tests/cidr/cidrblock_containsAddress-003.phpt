--TEST--
MetaMTA\CIDRBlock::containsAddress() matches only the dotted mapped spelling against IPv4 blocks
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\CIDRBlock;

$rows = [
    // The dotted spelling is the IPv4 address (our decision; the original throws).
    ['10.0.0.0/8', '::ffff:10.1.2.3'], ['10.0.0.0/8', '::FFFF:11.1.2.3'], ['0.0.0.0/0', '0:0:0:0:0:ffff:1.2.3.4'],
    ['::ffff:0:0/96', '::ffff:10.0.0.1'],
    // The hexadecimal spelling stays IPv6, exactly as the original answers.
    ['0.0.0.0/0', '::ffff:a00:1'], ['10.0.0.0/8', '::ffff:a00:1'], ['::ffff:0:0/96', '10.0.0.1'],
    ['::ffff:0:0/96', '::ffff:a00:1'], ['::ffff:0:0/96', '::fffe:a00:1'],
    // No other embedding crosses families.
    ['0.0.0.0/0', '2002:102:304::'], ['0.0.0.0/0', '64:ff9b::102:304'], ['0.0.0.0/0', '::102:304'],
    ['0.0.0.0/0', '2001:0:102:304::'],
];
foreach ($rows as [$block, $address]) {
    echo $block, ' ', $address, ' ', var_export(CIDRBlock::newBlock($block)->containsAddress($address), true), "\n";
}
?>
--EXPECT--
10.0.0.0/8 ::ffff:10.1.2.3 true
10.0.0.0/8 ::FFFF:11.1.2.3 false
0.0.0.0/0 0:0:0:0:0:ffff:1.2.3.4 true
::ffff:0:0/96 ::ffff:10.0.0.1 false
0.0.0.0/0 ::ffff:a00:1 false
10.0.0.0/8 ::ffff:a00:1 false
::ffff:0:0/96 10.0.0.1 false
::ffff:0:0/96 ::ffff:a00:1 true
::ffff:0:0/96 ::fffe:a00:1 false
0.0.0.0/0 2002:102:304:: false
0.0.0.0/0 64:ff9b::102:304 false
0.0.0.0/0 ::102:304 false
0.0.0.0/0 2001:0:102:304:: false
