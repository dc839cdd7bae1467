--TEST--
MetaMTA\CIDRBlock::containsAddress() at /0, /32, /128, odd masks and with host bits set
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\{CIDRBlock, IPAddress};

$rows = [
    ['1.2.3.4/0', '255.255.255.255'], ['1.2.3.4/0', '0.0.0.0'],
    ['255.255.255.255/32', '255.255.255.255'], ['255.255.255.255/32', '255.255.255.254'],
    ['1.2.3.4/24', '1.2.3.200'], ['1.2.3.4/24', '1.2.4.4'],
    ['10.1.2.3/31', '10.1.2.2'], ['10.1.2.3/31', '10.1.2.4'],
    ['128.0.0.0/1', '200.1.1.1'], ['128.0.0.0/1', '127.255.255.255'],
    ['::1/128', '::1'], ['::1/128', '::2'], ['::1/128', '0:0:0:0:0:0:0:1'],
    ['2001:db8::ffff/127', '2001:db8::fffe'], ['2001:db8::ffff/127', '2001:db8::1:0'],
    ['2001:db8:1234::/48', '2001:db8:1234:ffff:ffff:ffff:ffff:ffff'], ['2001:db8:1234::/48', '2001:db8:1235::'],
    ['ffff::/0', '::'], ['::/128', '::'], ['::/128', '0.0.0.0'],
];
foreach ($rows as [$block, $address]) {
    echo $block, ' ', $address, ' ', var_export(CIDRBlock::newBlock($block)->containsAddress($address), true), "\n";
}
// An address object works as well as text.
var_dump(CIDRBlock::newBlock('10.0.0.0/8')->containsAddress(IPAddress::newAddress('10.9.9.9')));
?>
--EXPECT--
1.2.3.4/0 255.255.255.255 true
1.2.3.4/0 0.0.0.0 true
255.255.255.255/32 255.255.255.255 true
255.255.255.255/32 255.255.255.254 false
1.2.3.4/24 1.2.3.200 true
1.2.3.4/24 1.2.4.4 false
10.1.2.3/31 10.1.2.2 true
10.1.2.3/31 10.1.2.4 false
128.0.0.0/1 200.1.1.1 true
128.0.0.0/1 127.255.255.255 false
::1/128 ::1 true
::1/128 ::2 false
::1/128 0:0:0:0:0:0:0:1 true
2001:db8::ffff/127 2001:db8::fffe true
2001:db8::ffff/127 2001:db8::1:0 false
2001:db8:1234::/48 2001:db8:1234:ffff:ffff:ffff:ffff:ffff true
2001:db8:1234::/48 2001:db8:1235:: false
ffff::/0 :: true
::/128 :: true
::/128 0.0.0.0 false
bool(true)
