--TEST--
MetaMTA\IPAddress::newAddress() reads the dotted IPv4-mapped spelling as the IPv4 address; the hexadecimal one stays IPv6
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\IPAddress;

foreach (['::ffff:1.2.3.4', '::FFFF:10.0.0.1', '0:0:0:0:0:ffff:192.0.2.1', '0:0::FfFf:0.0.0.0',
    '::ffff:a00:1', '::ffff:0:0'] as $text) {
    $ip = IPAddress::newAddress($text);
    echo $text, ' -> ', $ip, ' ', $ip->getBitCount(), "\n";
}
?>
--EXPECT--
::ffff:1.2.3.4 -> 1.2.3.4 32
::FFFF:10.0.0.1 -> 10.0.0.1 32
0:0:0:0:0:ffff:192.0.2.1 -> 192.0.2.1 32
0:0::FfFf:0.0.0.0 -> 0.0.0.0 32
::ffff:a00:1 -> ::ffff:a00:1 128
::ffff:0:0 -> ::ffff:0:0 128
