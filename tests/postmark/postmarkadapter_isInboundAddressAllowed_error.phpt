--TEST--
PostmarkAdapter::isInboundAddressAllowed() throws for a remote address that is not one IP address
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

$adapter = new MetaMTA\PostmarkAdapter();
foreach (['', 'garbage', ' 50.31.156.6', '50.31.156.6:443', '50.31.156.6/32', '050.31.156.6',
    "50.31.156.6\0", '50.31.156.6, 10.0.0.1', '[::1]', 'fe80::1%eth0', '::50.31.156.6', '::ffff:300.1.1.1'] as $ip) {
    throws(fn() => $adapter->isInboundAddressAllowed($ip));
}
?>
--EXPECT--
MetaMTA\InvalidArgumentException: IP address '' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address 'garbage' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address ' 50.31.156.6' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '50.31.156.6:443' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '50.31.156.6/32' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '050.31.156.6' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '50.31.156.6\0' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '50.31.156.6, 10.0.0.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '[::1]' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address 'fe80::1%eth0' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '::50.31.156.6' is not supported: only the IPv4-mapped form '::ffff:a.b.c.d' may end in a dotted IPv4 address.
MetaMTA\InvalidArgumentException: IP address '::ffff:300.1.1.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
