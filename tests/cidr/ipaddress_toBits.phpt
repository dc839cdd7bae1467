--TEST--
MetaMTA\IPAddress::toBits() writes every bit, most significant first
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\IPAddress;

echo IPAddress::newAddress('1.2.3.4')->toBits(), "\n";
echo IPAddress::newAddress('255.0.128.1')->toBits(), "\n";
echo IPAddress::newAddress('::ffff:1.2.3.4')->toBits(), "\n";
$bits = IPAddress::newAddress('::ffff:a00:1')->toBits();
echo strlen($bits), ' ', $bits === str_repeat('0', 80) . str_repeat('1', 16) . '00001010000000000000000000000001' ? 'ok' : $bits, "\n";
$bits = IPAddress::newAddress('8000::1')->toBits();
echo strlen($bits), ' ', $bits === '1' . str_repeat('0', 126) . '1' ? 'ok' : $bits, "\n";
?>
--EXPECT--
00000001000000100000001100000100
11111111000000001000000000000001
00000001000000100000001100000100
128 ok
128 ok
