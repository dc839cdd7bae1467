--TEST--
MetaMTA\IPAddress::newAddress() rejects everything but a strict dotted quad for IPv4
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\IPAddress;

$bad = ['10.0.1', '1.2.3.4.5', '010.1.1.1', '1.2.3.00', '10.0.0.300', '999999999999999999999.1.1.1', '',
    ' 1.2.3.4', '1.2.3.4 ', "1.2.3.4\n", "1.2.3.4\0", '1.2.3x4', '1.2.345', '0177.0.0.1', '0x7f.0.0.1',
    '16909060', '10.1', '127.1', '1.2.3.4, 5.6.7.8', '1.2.3.4,5.6.7.8', '1.2.3.4:25', '-1.2.3.4'];
foreach ($bad as $text) {
    throws(fn() => IPAddress::newAddress($text));
}
?>
--EXPECT--
MetaMTA\InvalidArgumentException: IP address '10.0.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3.4.5' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '010.1.1.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3.00' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '10.0.0.300' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '999999999999999999999.1.1.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address ' 1.2.3.4' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3.4 ' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3.4\n' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3.4\0' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3x4' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.345' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '0177.0.0.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '0x7f.0.0.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '16909060' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '10.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '127.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3.4, 5.6.7.8' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3.4,5.6.7.8' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '1.2.3.4:25' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
MetaMTA\InvalidArgumentException: IP address '-1.2.3.4' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
