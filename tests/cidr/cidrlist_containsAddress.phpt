--TEST--
MetaMTA\CIDRList::containsAddress() answers the cidr.md §8 list rows
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\{CIDRList, IPAddress};

$list = CIDRList::newList(['10.0.0.0/8', '192.0.2.1/32']);
foreach (['192.0.2.1', '192.0.2.2', '8.8.8.8', '10.20.30.40', '::1'] as $address) {
    echo $address, ' ', var_export($list->containsAddress($address), true), "\n";
}
var_dump($list->containsAddress(IPAddress::newAddress('10.0.0.1')));
// An empty list parses nothing.
var_dump(CIDRList::newList([])->containsAddress('garbage'));
$mixed = CIDRList::newList(['fe80::/10', '0.0.0.0/0']);
var_dump($mixed->containsAddress('203.0.113.9'), $mixed->containsAddress('fe81::1'), $mixed->containsAddress('2001:db8::'));
?>
--EXPECT--
192.0.2.1 true
192.0.2.2 false
8.8.8.8 false
10.20.30.40 true
::1 false
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
