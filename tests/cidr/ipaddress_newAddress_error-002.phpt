--TEST--
MetaMTA\IPAddress::newAddress() rejects malformed IPv6, zones, brackets, ports and embeddings other than the mapped dotted form
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\IPAddress;

$bad = ['abc:xyz', 'abcde::', 'quack', '1:2:3:4:5:6:7', 'a::b::c', '1:2:::5', '::1:2:3::', ':::', '1:2',
    ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '1:2:3:4:5:6:7:8:9', '1:2:3:4::5:6:7:8', '::1:2:3:4:5:6:7:8',
    'fe80::1%eth0', '[::1]', '[::1]:25', ' ::1', '::1 ', 'g::1'];
foreach ($bad as $text) {
    throws(fn() => IPAddress::newAddress($text));
}
// Dotted tails other than ::ffff:a.b.c.d: compatible, NAT64, 6to4-looking, SIIT, malformed quads.
foreach (['::1.2.3.4', '64:ff9b::1.2.3.4', '2002::1.2.3.4', '::ffff:0:1.2.3.4', '::fffe:1.2.3.4'] as $text) {
    throws(fn() => IPAddress::newAddress($text));
}
foreach (['::ffff:1.2.3', '::ffff:01.2.3.4', '::ffff:1.2.3.256', '::ffff:1.2.3.4.5', '1:2:3:4:5:6:7:1.2.3.4'] as $text) {
    throws(fn() => IPAddress::newAddress($text));
}
?>
--EXPECT--
MetaMTA\InvalidArgumentException: IP address 'abc:xyz' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address 'abcde::' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address 'quack' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1:2:3:4:5:6:7' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address 'a::b::c' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1:2:::5' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '::1:2:3::' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address ':::' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1:2' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address ':1:2:3:4:5:6:7' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1:2:3:4:5:6:7:' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1:2:3:4:5:6:7:8:9' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1:2:3:4::5:6:7:8' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '::1:2:3:4:5:6:7:8' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address 'fe80::1%eth0' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '[::1]' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '[::1]:25' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address ' ::1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '::1 ' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address 'g::1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '::1.2.3.4' is not supported: only the IPv4-mapped form '::ffff:a.b.c.d' may end in a dotted IPv4 address.
MetaMTA\InvalidArgumentException: IP address '64:ff9b::1.2.3.4' is not supported: only the IPv4-mapped form '::ffff:a.b.c.d' may end in a dotted IPv4 address.
MetaMTA\InvalidArgumentException: IP address '2002::1.2.3.4' is not supported: only the IPv4-mapped form '::ffff:a.b.c.d' may end in a dotted IPv4 address.
MetaMTA\InvalidArgumentException: IP address '::ffff:0:1.2.3.4' is not supported: only the IPv4-mapped form '::ffff:a.b.c.d' may end in a dotted IPv4 address.
MetaMTA\InvalidArgumentException: IP address '::fffe:1.2.3.4' is not supported: only the IPv4-mapped form '::ffff:a.b.c.d' may end in a dotted IPv4 address.
MetaMTA\InvalidArgumentException: IP address '::ffff:1.2.3' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '::ffff:01.2.3.4' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '::ffff:1.2.3.256' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '::ffff:1.2.3.4.5' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1:2:3:4:5:6:7:1.2.3.4' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
