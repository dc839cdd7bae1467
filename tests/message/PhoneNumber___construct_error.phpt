--TEST--
PhoneNumber: too few or too many digits, or a leading 0, are rejected
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
throws(fn() => new MetaMTA\PhoneNumber('1-800-FLOWERS'));
throws(fn() => new MetaMTA\PhoneNumber('0212555010'));
throws(fn() => new MetaMTA\PhoneNumber('1234567890123456'));
throws(fn() => new MetaMTA\PhoneNumber('555-0100'));
throws(fn() => new MetaMTA\PhoneNumber(''));
throws(fn() => new MetaMTA\PhoneNumber("+1 212\r\n555"));
throws(fn() => new MetaMTA\PhoneNumber([]));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Phone number '1-800-FLOWERS' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '0212555010' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '1234567890123456' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '555-0100' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '+1 212\r\n555' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
TypeError: MetaMTA\PhoneNumber::__construct(): Argument #1 ($number) must be of type string, array given
