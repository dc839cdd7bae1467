--TEST--
PostmarkAdapter::isInboundAddressAllowed() with Postmark's default ranges, options never set or set to the defaults
--EXTENSIONS--
metamta
--FILE--
<?php
$unset = new MetaMTA\PostmarkAdapter();
$configured = new MetaMTA\PostmarkAdapter();
$configured->setOptions(['access-token' => 'pm-token'] + $configured->newDefaultOptions());
foreach (['50.31.156.6', '50.31.156.77', '18.217.206.57', '3.134.147.250',
    '50.31.156.7', '50.31.156.5', '3.134.147.251', '127.0.0.1', '0.0.0.0', '::1', '2001:db8::1'] as $ip) {
    printf("%-14s %s %s\n", $ip, var_export($unset->isInboundAddressAllowed($ip), true),
        var_export($configured->isInboundAddressAllowed($ip), true));
}
?>
--EXPECT--
50.31.156.6    true true
50.31.156.77   true true
18.217.206.57  true true
3.134.147.250  true true
50.31.156.7    false false
50.31.156.5    false false
3.134.147.251  false false
127.0.0.1      false false
0.0.0.0        false false
::1            false false
2001:db8::1    false false
