--TEST--
PostmarkAdapter::isInboundAddressAllowed() with a custom IPv4 and IPv6 list, and with an empty list
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\PostmarkAdapter();
$defaults = ['access-token' => 'pm-token'] + $adapter->newDefaultOptions();
$adapter->setOptions(['inbound-addresses' => ['10.0.0.0/8', '192.168.1.1/32', '2001:db8::/32']] + $defaults);
foreach (['10.0.0.0', '10.255.255.255', '11.0.0.0', '192.168.1.1', '192.168.1.2', '50.31.156.6',
    '2001:db8::1', '2001:DB8:FFFF:FFFF::1', '2001:db9::', '::ffff:a00:1'] as $ip) {
    printf("%-22s %s\n", $ip, var_export($adapter->isInboundAddressAllowed($ip), true));
}
// An empty list allows nothing, and (as in the original) does not even parse the address.
$adapter->setOptions(['inbound-addresses' => []] + $defaults);
var_dump($adapter->isInboundAddressAllowed('50.31.156.6'), $adapter->isInboundAddressAllowed('garbage'));
?>
--EXPECT--
10.0.0.0               true
10.255.255.255         true
11.0.0.0               false
192.168.1.1            true
192.168.1.2            false
50.31.156.6            false
2001:db8::1            true
2001:DB8:FFFF:FFFF::1  true
2001:db9::             false
::ffff:a00:1           false
bool(false)
bool(false)
