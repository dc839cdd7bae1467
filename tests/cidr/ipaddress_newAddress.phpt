--TEST--
MetaMTA\IPAddress::newAddress() accepts strict dotted quads as given
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\IPAddress;

foreach (['9.9.9.9', '192.168.0.1', '0.0.0.0', '255.255.255.255', '10.0.0.1'] as $text) {
    $ip = IPAddress::newAddress($text);
    echo $text, ' -> ', $ip->getAddress(), ' ', $ip, ' ', $ip->getBitCount(), "\n";
}
?>
--EXPECT--
9.9.9.9 -> 9.9.9.9 9.9.9.9 32
192.168.0.1 -> 192.168.0.1 192.168.0.1 32
0.0.0.0 -> 0.0.0.0 0.0.0.0 32
255.255.255.255 -> 255.255.255.255 255.255.255.255 32
10.0.0.1 -> 10.0.0.1 10.0.0.1 32
