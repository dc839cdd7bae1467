--TEST--
MetaMTA\CIDRList::containsAddress() throws for an unparseable address when the list is not empty
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\CIDRList;

$list = CIDRList::newList(['fe80::/10', '10.0.0.0/8']);
throws(fn() => $list->containsAddress('garbage'));
throws(fn() => $list->containsAddress('1.2.345'));
throws(fn() => $list->containsAddress('1.2.3x4'));
throws(fn() => $list->containsAddress('1.2.3.4, 5.6.7.8'));
throws(fn() => $list->containsAddress('fe80::1%eth0'));
throws(fn() => $list->containsAddress('::1.2.3.4'));
throws(fn() => CIDRList::newList([])->containsAddress([]));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: IP address 'garbage' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.345' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3x4' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3.4, 5.6.7.8' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address 'fe80::1%eth0' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '::1.2.3.4' is not supported: only the IPv4-mapped form '::ffff:a.b.c.d' may end in a dotted IPv4 address.
TypeError: MetaMTA\CIDRList::containsAddress(): Argument #1 ($address) must be of type MetaMTA\IPAddress|string, array given
