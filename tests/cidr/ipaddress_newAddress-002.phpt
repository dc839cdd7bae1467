--TEST--
MetaMTA\IPAddress::newAddress() accepts IPv6 text and shows the canonical form
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\IPAddress;

$cases = [
    'fe80::', 'fe80::1:2', 'ff:ee::dd', '7:6:5:4:3:2:1:0', '2001:DB8:0:0:0:0:0:1', '::ffff:a00:1',
    '0:0:0:0:0:0:0:0', '::', '0:0:0:0:0:0:0:1', '0001:0002:0000:0000:0000:0000:0000:0000',
    '2001:0db8:0000:0000:0000:ff00:0042:8329', '2001:db8:0:0:1:0:0:1', '0:0:1:0:0:0:0:0',
    'a:0:b:0:c:0:d:0', '1:2:3:4::6:7:8', 'FFFF:ffff:FfFf:ffff:ffff:ffff:ffff:ffff',
];
foreach ($cases as $text) {
    $ip = IPAddress::newAddress($text);
    echo $text, ' -> ', $ip->getAddress(), ' ', $ip->getBitCount(), "\n";
}
?>
--EXPECT--
fe80:: -> fe80:: 128
fe80::1:2 -> fe80::1:2 128
ff:ee::dd -> ff:ee::dd 128
7:6:5:4:3:2:1:0 -> 7:6:5:4:3:2:1:0 128
2001:DB8:0:0:0:0:0:1 -> 2001:db8::1 128
::ffff:a00:1 -> ::ffff:a00:1 128
0:0:0:0:0:0:0:0 -> :: 128
:: -> :: 128
0:0:0:0:0:0:0:1 -> ::1 128
0001:0002:0000:0000:0000:0000:0000:0000 -> 1:2:: 128
2001:0db8:0000:0000:0000:ff00:0042:8329 -> 2001:db8::ff00:42:8329 128
2001:db8:0:0:1:0:0:1 -> 2001:db8::1:0:0:1 128
0:0:1:0:0:0:0:0 -> 0:0:1:: 128
a:0:b:0:c:0:d:0 -> a:0:b:0:c:0:d:0 128
1:2:3:4::6:7:8 -> 1:2:3:4:0:6:7:8 128
FFFF:ffff:FfFf:ffff:ffff:ffff:ffff:ffff -> ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff 128
