--TEST--
MetaMTA\IPAddress::newAddress() leaves wrong types to the engine and cannot be constructed directly
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\IPAddress;

throws(fn() => IPAddress::newAddress([]));
throws(fn() => IPAddress::newAddress(new stdClass()));
// Like any string parameter, a Stringable object is read as its text.
throws(fn() => IPAddress::newAddress(\MetaMTA\CIDRBlock::newBlock('10.0.0.0/8')));
throws(fn() => new IPAddress());
?>
--EXPECT--
TypeError: MetaMTA\IPAddress::newAddress(): Argument #1 ($address) must be of type MetaMTA\IPAddress|string, array given
TypeError: MetaMTA\IPAddress::newAddress(): Argument #1 ($address) must be of type MetaMTA\IPAddress|string, stdClass given
MetaMTA\InvalidArgumentException: IP address '10.0.0.0/8' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
Error: Call to private MetaMTA\IPAddress::__construct() from global scope
