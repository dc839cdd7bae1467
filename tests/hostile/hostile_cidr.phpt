--TEST--
Bad input: malformed IPv6 and IPv4 forms, CIDR prefixes out of range, CIDR lists of the wrong element types
--EXTENSIONS--
metamta
--FILE--
<?php
// Malformed IPv4/IPv6 text, CIDR prefixes out of range or oddly written, and CIDR lists with
// elements of the wrong type or 10,000 blocks.
require __DIR__ . '/hostile.inc';
use MetaMTA\{IPAddress, CIDRBlock, CIDRList};

foreach ([':::', '1::2::3', '12345::', '::ffff:1.2.3', 'fe80::1%eth0', '[::1]', '', ' ::1', '::1 ', "::1\0",
    "1.2.3.4\n", '1:2:3:4:5:6:7:8:9', '::g', str_repeat('1', 5000), '01.2.3.4', '0x7f.0.0.1', '2130706433',
    '1.2.3.4, 5.6.7.8', '1.2.3', '256.1.1.1', '1.2.3.4.', '::ffff:01.2.3.4', "\xff\xfe", '::ffff:1.2.3.4'] as $ip) {
    hostile_case('address ' . hostile_show($ip), fn() => IPAddress::newAddress($ip)->getAddress());
}
foreach (['1.2.3.4/33', '::/129', '1.2.3.4/-1', '1.2.3.4/01', '1.2.3.4/', '1.2.3.4/99999999999999999999', '/8',
    '1.2.3.4/+8', '1.2.3.4/ 8', '1.2.3.4/8/8', '1.2.3.4/8 ', "1.2.3.4/8\n", '1.2.3.4/0x8', "1.2.3.4/\xef\xbc\x98",
    ':::/64', '1.2.3.4/0', '::/128'] as $block) {
    hostile_case('block ' . hostile_show($block), fn() => (string) CIDRBlock::newBlock($block));
}
hostile_case('list with an int', fn() => count(CIDRList::newList([42])));
hostile_case('list with null', fn() => count(CIDRList::newList([null])));
hostile_case('list with a nested array', fn() => count(CIDRList::newList([['1.2.3.0/24']])));
hostile_case('list with stdClass', fn() => count(CIDRList::newList([new stdClass])));
hostile_case('list with an IPAddress', fn() => count(CIDRList::newList([IPAddress::newAddress('1.2.3.4')])));
hostile_case('list with one bad block late', fn() => count(CIDRList::newList(['10.0.0.0/8', '::/0', '1.2.3.4/33'])));
hostile_case('list of 10,000 blocks', function () {
    $blocks = [];
    for ($i = 0; $i < 10000; $i++) {
        $blocks[] = sprintf('10.%d.%d.0/24', $i >> 8, $i & 255);
    }
    $list = CIDRList::newList($blocks);
    return count($list) . ' ' . var_export($list->containsAddress('10.39.15.9'), true) . ' ' . var_export($list->containsAddress('11.0.0.1'), true);
});
hostile_case('list contains a malformed address', fn() => CIDRList::newList(['1.0.0.0/8'])->containsAddress('1.2.3'));
hostile_case('empty list contains garbage', fn() => var_export(CIDRList::newList([])->containsAddress('garbage'), true));
hostile_case('v4 block contains v6', fn() => var_export(CIDRBlock::newBlock('1.0.0.0/8')->containsAddress('::1'), true));
hostile_case('block contains CRLF address', fn() => CIDRBlock::newBlock('1.0.0.0/8')->containsAddress("1.2.3.4\r\n"));
hostile_done();
--EXPECT--
address :::: MetaMTA\InvalidArgumentException: IP address ':::' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 1::2::3: MetaMTA\InvalidArgumentException: IP address '1::2::3' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 12345::: MetaMTA\InvalidArgumentException: IP address '12345::' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address ::ffff:1.2.3: MetaMTA\InvalidArgumentException: IP address '::ffff:1.2.3' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address fe80::1%eth0: MetaMTA\InvalidArgumentException: IP address 'fe80::1%eth0' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address [::1]: MetaMTA\InvalidArgumentException: IP address '[::1]' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address : MetaMTA\InvalidArgumentException: IP address '' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address  ::1: MetaMTA\InvalidArgumentException: IP address ' ::1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address ::1 : MetaMTA\InvalidArgumentException: IP address '::1 ' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address ::1\x00: MetaMTA\InvalidArgumentException: IP address '::1\0' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 1.2.3.4\x0a: MetaMTA\InvalidArgumentException: IP address '1.2.3.4\n' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 1:2:3:4:5:6:7:8:9: MetaMTA\InvalidArgumentException: IP address '1:2:3:4:5:6:7:8:9' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address ::g: MetaMTA\InvalidArgumentException: IP address '::g' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 1{5000}: MetaMTA\InvalidArgumentException: IP address '1{96}'... is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 01.2.3.4: MetaMTA\InvalidArgumentException: IP address '01.2.3.4' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 0x7f.0.0.1: MetaMTA\InvalidArgumentException: IP address '0x7f.0.0.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 2130706433: MetaMTA\InvalidArgumentException: IP address '2130706433' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 1.2.3.4, 5.6.7.8: MetaMTA\InvalidArgumentException: IP address '1.2.3.4, 5.6.7.8' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 1.2.3: MetaMTA\InvalidArgumentException: IP address '1.2.3' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 256.1.1.1: MetaMTA\InvalidArgumentException: IP address '256.1.1.1' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address 1.2.3.4.: MetaMTA\InvalidArgumentException: IP address '1.2.3.4.' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address ::ffff:01.2.3.4: MetaMTA\InvalidArgumentException: IP address '::ffff:01.2.3.4' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address \xff\xfe: MetaMTA\InvalidArgumentException: IP address '\xff\xfe' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
address ::ffff:1.2.3.4: ok 1.2.3.4
block 1.2.3.4/33: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/33' is not valid: the mask must be between 0 and 32 bits.
block ::/129: MetaMTA\InvalidArgumentException: CIDR block '::/129' is not valid: the mask must be between 0 and 128 bits.
block 1.2.3.4/-1: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/-1' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
block 1.2.3.4/01: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/01' is not valid: the mask must not have leading zeroes.
block 1.2.3.4/: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
block 1.2.3.4/9{20}: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/9{20}' is not valid: the mask must be between 0 and 32 bits.
block /8: MetaMTA\InvalidArgumentException: CIDR block '/8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
block 1.2.3.4/+8: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/+8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
block 1.2.3.4/ 8: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/ 8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
block 1.2.3.4/8/8: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/8/8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
block 1.2.3.4/8 : MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/8 ' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
block 1.2.3.4/8\x0a: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/8\n' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
block 1.2.3.4/0x8: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/0x8' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
block 1.2.3.4/\xef\xbc\x98: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/\xef\xbc\x98' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
block :::/64: MetaMTA\InvalidArgumentException: CIDR block ':::/64' has an address that is not properly formatted: expected an IPv4 address like '192.168.0.0' or an IPv6 address like 'fe80::'.
block 1.2.3.4/0: ok 1.2.3.4/0
block ::/128: ok ::/128
list with an int: TypeError: MetaMTA\CIDRList::newList(): Argument #1 ($blocks) must contain only strings or MetaMTA\CIDRBlock objects, int given
list with null: TypeError: MetaMTA\CIDRList::newList(): Argument #1 ($blocks) must contain only strings or MetaMTA\CIDRBlock objects, null given
list with a nested array: TypeError: MetaMTA\CIDRList::newList(): Argument #1 ($blocks) must contain only strings or MetaMTA\CIDRBlock objects, array given
list with stdClass: TypeError: MetaMTA\CIDRList::newList(): Argument #1 ($blocks) must contain only strings or MetaMTA\CIDRBlock objects, stdClass given
list with an IPAddress: TypeError: MetaMTA\CIDRList::newList(): Argument #1 ($blocks) must contain only strings or MetaMTA\CIDRBlock objects, MetaMTA\IPAddress given
list with one bad block late: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/33' is not valid: the mask must be between 0 and 32 bits.
list of 10,000 blocks: ok 10000 true false
list contains a malformed address: MetaMTA\InvalidArgumentException: IP address '1.2.3' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
empty list contains garbage: ok false
v4 block contains v6: ok false
block contains CRLF address: MetaMTA\InvalidArgumentException: IP address '1.2.3.4\r\n' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
52 hostile inputs
