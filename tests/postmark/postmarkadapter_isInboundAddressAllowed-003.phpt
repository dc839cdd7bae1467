--TEST--
PostmarkAdapter::isInboundAddressAllowed(): an IPv4-mapped peer (::ffff:a.b.c.d) from a dual-stack listener matches IPv4 blocks
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\PostmarkAdapter();
foreach (['::ffff:50.31.156.6', '::FFFF:3.134.147.250', '0:0:0:0:0:ffff:18.217.206.57', '::ffff:50.31.156.7',
    '::ffff:3.134.147.251'] as $ip) {
    printf("%-30s %s\n", $ip, var_export($adapter->isInboundAddressAllowed($ip), true));
}
$adapter->setOptions(['access-token' => 'pm-token', 'inbound-addresses' => ['10.0.0.0/8', '::ffff:0:0/96']]
    + $adapter->newDefaultOptions());
// The mapped spelling is the IPv4 address; only the hexadecimal spelling is IPv6 in ::ffff:0:0/96.
foreach (['::ffff:10.1.2.3', '::ffff:11.1.2.3', '::ffff:b01:203'] as $ip) {
    printf("%-30s %s\n", $ip, var_export($adapter->isInboundAddressAllowed($ip), true));
}
?>
--EXPECT--
::ffff:50.31.156.6             true
::FFFF:3.134.147.250           true
0:0:0:0:0:ffff:18.217.206.57   true
::ffff:50.31.156.7             false
::ffff:3.134.147.251           false
::ffff:10.1.2.3                true
::ffff:11.1.2.3                false
::ffff:b01:203                 true
