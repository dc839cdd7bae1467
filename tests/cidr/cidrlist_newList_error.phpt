--TEST--
MetaMTA\CIDRList::newList() throws at the first bad element
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\{CIDRBlock, CIDRList, IPAddress};

throws(fn() => CIDRList::newList(['10.0.0.0/8', '10.0.0.0/40', 'x/8']));
throws(fn() => CIDRList::newList(['10.0.0.0/8', '192.168.0.0/016']));
throws(fn() => CIDRList::newList(['::ffff:1.2.3.4/96']));
throws(fn() => CIDRList::newList(['1.2.3.4, 5.6.7.8/32']));
throws(fn() => CIDRList::newList(['50.31.156.6/32', "1.2.3.4/32\r\nX-Evil: 1"]));
throws(fn() => CIDRList::newList(['10.0.0.0/8', 8]));
throws(fn() => CIDRList::newList([null]));
throws(fn() => CIDRList::newList([IPAddress::newAddress('10.0.0.1')]));
throws(fn() => CIDRList::newList([['10.0.0.0/8']]));
throws(fn() => CIDRList::newList('10.0.0.0/8'));
throws(fn() => new CIDRList());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/40' is not valid: the mask must be between 0 and 32 bits.
MetaMTA\InvalidArgumentException: CIDR block '192.168.0.0/016' is not valid: the mask must not have leading zeroes.
MetaMTA\InvalidArgumentException: CIDR block '::ffff:1.2.3.4/96' is not valid: a block address must not end in a dotted IPv4 part (the IPv4-mapped range is '::ffff:0:0/96').
MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4, 5.6.7.8/32' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/32\r\nX-Evil: 1' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
TypeError: MetaMTA\CIDRList::newList(): Argument #1 ($blocks) must contain only strings or MetaMTA\CIDRBlock objects, int given
TypeError: MetaMTA\CIDRList::newList(): Argument #1 ($blocks) must contain only strings or MetaMTA\CIDRBlock objects, null given
TypeError: MetaMTA\CIDRList::newList(): Argument #1 ($blocks) must contain only strings or MetaMTA\CIDRBlock objects, MetaMTA\IPAddress given
TypeError: MetaMTA\CIDRList::newList(): Argument #1 ($blocks) must contain only strings or MetaMTA\CIDRBlock objects, array given
TypeError: MetaMTA\CIDRList::newList(): Argument #1 ($blocks) must be of type array, string given
Error: Call to private MetaMTA\CIDRList::__construct() from global scope
