--TEST--
PostmarkAdapter::setOptions() rejects inbound-addresses that is not a list of strings or holds a bad CIDR block
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

$adapter = new MetaMTA\PostmarkAdapter();
$good = ['access-token' => 'pm-token'] + $adapter->newDefaultOptions();
$adapter->setOptions($good);
foreach ([
    ['10.0.0.0/8', '1.2.3.4/33'],
    ['banana'],
    ['10.0.0.0'],
    ["10.0.0.0/8\n"],
    ['::ffff:1.2.3.4/96'],
    ['010.0.0.0/8'],
    '10.0.0.0/8',
    ['a' => '10.0.0.0/8'],
    [1 => '10.0.0.0/8'],
    [167772160],
    null,
] as $list) {
    throws(fn() => $adapter->setOptions(['inbound-addresses' => $list] + $good));
}
var_dump(count($adapter->getOption('inbound-addresses')));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/33' is not valid: the mask must be between 0 and 32 bits.
MetaMTA\InvalidArgumentException: CIDR block 'banana' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '10.0.0.0/8\n' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
MetaMTA\InvalidArgumentException: CIDR block '::ffff:1.2.3.4/96' is not valid: a block address must not end in a dotted IPv4 part (the IPv4-mapped range is '::ffff:0:0/96').
MetaMTA\InvalidArgumentException: CIDR block '010.0.0.0/8' has an address that is not properly formatted: expected an IPv4 address like '192.168.0.0' or an IPv6 address like 'fe80::'.
MetaMTA\InvalidArgumentException: Parameter 'inbound-addresses' has invalid type: expected type 'list<string>', got type 'string'.
MetaMTA\InvalidArgumentException: Parameter 'inbound-addresses' has invalid type: expected type 'list<string>', got type 'array'.
MetaMTA\InvalidArgumentException: Parameter 'inbound-addresses' has invalid type: expected type 'list<string>', got type 'array'.
MetaMTA\InvalidArgumentException: Parameter 'inbound-addresses' has invalid type: expected type 'list<string>', got type 'list<int>'.
MetaMTA\InvalidArgumentException: Parameter 'inbound-addresses' has invalid type: expected type 'list<string>', got type 'null'.
int(4)
