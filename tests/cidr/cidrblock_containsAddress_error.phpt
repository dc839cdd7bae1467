--TEST--
MetaMTA\CIDRBlock::containsAddress() throws for an unparseable address, whatever the block's family
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\CIDRBlock;

throws(fn() => CIDRBlock::newBlock('10.0.0.0/8')->containsAddress('garbage'));
throws(fn() => CIDRBlock::newBlock('fe80::/10')->containsAddress('1.2.345'));
throws(fn() => CIDRBlock::newBlock('0.0.0.0/0')->containsAddress('::1.2.3.4'));
throws(fn() => CIDRBlock::newBlock('0.0.0.0/0')->containsAddress("1.2.3.4\r\n"));
throws(fn() => CIDRBlock::newBlock('0.0.0.0/0')->containsAddress(''));
throws(fn() => CIDRBlock::newBlock('0.0.0.0/0')->containsAddress(42));
throws(fn() => CIDRBlock::newBlock('0.0.0.0/0')->containsAddress([]));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: IP address 'garbage' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.345' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '::1.2.3.4' is not supported: only the IPv4-mapped form '::ffff:a.b.c.d' may end in a dotted IPv4 address.
MetaMTA\InvalidArgumentException: IP address '1.2.3.4\r\n' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '42' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
TypeError: MetaMTA\CIDRBlock::containsAddress(): Argument #1 ($address) must be of type MetaMTA\IPAddress|string, array given
