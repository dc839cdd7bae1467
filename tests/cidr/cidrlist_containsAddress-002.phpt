--TEST--
MetaMTA\CIDRList::containsAddress() with Postmark's default inbound list, mapped addresses included
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\CIDRList;

$postmark = CIDRList::newList(['50.31.156.6/32', '50.31.156.77/32', '18.217.206.57/32', '3.134.147.250/32']);
$rows = ['50.31.156.6', '50.31.156.77', '18.217.206.57', '3.134.147.250', '50.31.156.7', '50.31.156.5',
    '3.134.147.251', '18.217.206.56', '127.0.0.1', '::1',
    // Our answer: a dual-stack socket reports an IPv4 peer like this (the original throws).
    '::ffff:3.134.147.250', '::ffff:50.31.156.7',
    // The hexadecimal spelling is IPv6, as in the original.
    '::ffff:386:93fa'];
foreach ($rows as $address) {
    echo $address, ' ', var_export($postmark->containsAddress($address), true), "\n";
}
?>
--EXPECT--
50.31.156.6 true
50.31.156.77 true
18.217.206.57 true
3.134.147.250 true
50.31.156.7 false
50.31.156.5 false
3.134.147.251 false
18.217.206.56 false
127.0.0.1 false
::1 false
::ffff:3.134.147.250 true
::ffff:50.31.156.7 false
::ffff:386:93fa false
