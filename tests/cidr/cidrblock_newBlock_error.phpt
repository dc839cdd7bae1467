--TEST--
MetaMTA\CIDRBlock::newBlock() rejects bad shapes, addresses and masks
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\CIDRBlock;

$bad = ['10.0.0.0', 'fe80::', 'x/8', '10.0.0.0/8/8', '10.0.0.0/255.0.0.0', '1.2.3.4/', '/8', ' 10.0.0.0/8',
    '10.0.0.0/8 ', "10.0.0.0/8\n", '10.0.0.0 /8', '10.0.0.0/-1', '10.0.0.0/+8', 'fe80::1%eth0/64', '[::1]/128',
    '', '1.2.3/8', '1.2.345/24', '010.0.0.0/8', 'a::b::c/64', '::1.2.3.4/96', '::ffff:1.2.3.4/96',
    '::ffff:1.2.3.4/128', '192.168.0.0/016', '10.0.0.0/00', '10.0.0.0/01', 'fe80::/0129', '10.0.0.0/40',
    '10.0.0.0/33', 'fe80::/130', '::/99999999999999999999999999'];
foreach ($bad as $text) {
    throws(fn() => CIDRBlock::newBlock($text));
}
?>
--EXPECT--
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block 'fe80::' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block 'x/8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/8/8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/255.0.0.0' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '/8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block ' 10.0.0.0/8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/8 ' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/8\n' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0 /8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/-1' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/+8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block 'fe80::1%eth0/64' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '[::1]/128' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '1.2.3/8' has an address that is not properly formatted: expected an IPv4 address like '192.168.0.0' or an IPv6 address like 'fe80::'.
MetaMTA\InvalidArgumentException: CIDR block '1.2.345/24' has an address that is not properly formatted: expected an IPv4 address like '192.168.0.0' or an IPv6 address like 'fe80::'.
MetaMTA\InvalidArgumentException: CIDR block '010.0.0.0/8' has an address that is not properly formatted: expected an IPv4 address like '192.168.0.0' or an IPv6 address like 'fe80::'.
MetaMTA\InvalidArgumentException: CIDR block 'a::b::c/64' has an address that is not properly formatted: expected an IPv4 address like '192.168.0.0' or an IPv6 address like 'fe80::'.
MetaMTA\InvalidArgumentException: CIDR block '::1.2.3.4/96' is not valid: a block address must not end in a dotted IPv4 part (the IPv4-mapped range is '::ffff:0:0/96').
MetaMTA\InvalidArgumentException: CIDR block '::ffff:1.2.3.4/96' is not valid: a block address must not end in a dotted IPv4 part (the IPv4-mapped range is '::ffff:0:0/96').
MetaMTA\InvalidArgumentException: CIDR block '::ffff:1.2.3.4/128' is not valid: a block address must not end in a dotted IPv4 part (the IPv4-mapped range is '::ffff:0:0/96').
MetaMTA\InvalidArgumentException: CIDR block '192.168.0.0/016' is not valid: the mask must not have leading zeroes.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/00' is not valid: the mask must not have leading zeroes.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/01' is not valid: the mask must not have leading zeroes.
MetaMTA\InvalidArgumentException: CIDR block 'fe80::/0129' is not valid: the mask must not have leading zeroes.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/40' is not valid: the mask must be between 0 and 32 bits.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/33' is not valid: the mask must be between 0 and 32 bits.
MetaMTA\InvalidArgumentException: CIDR block 'fe80::/130' is not valid: the mask must be between 0 and 128 bits.
MetaMTA\InvalidArgumentException: CIDR block '::/99999999999999999999999999' is not valid: the mask must be between 0 and 128 bits.
