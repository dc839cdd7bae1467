--TEST--
MetaMTA\IPAddress::newAddress() accepts "::" for one group at either end (RFC 4291; the original rejects these)
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\IPAddress;

foreach (['1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', 'a::', '::a'] as $text) {
    echo $text, ' -> ', IPAddress::newAddress($text), "\n";
}
?>
--EXPECT--
1:2:3:4:5:6:7:: -> 1:2:3:4:5:6:7:0
::2:3:4:5:6:7:8 -> 0:2:3:4:5:6:7:8
a:: -> a::
::a -> ::a
