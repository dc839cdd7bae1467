--TEST--
PostmarkAdapter::setOptions() accepts the defaults plus a token, and every allowed variation, stored as given
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\PostmarkAdapter();
$defaults = ['access-token' => 'pm-token'] + $adapter->newDefaultOptions();
$variants = [
    [],
    ['inbound-addresses' => []],
    ['inbound-addresses' => ['10.0.0.0/8', '2001:db8::/32', '::ffff:0:0/96', '0.0.0.0/0']],
    ['message-stream' => 'outbound'],
    ['base-uri' => 'https://api.example.com:8443/prefix/'],
    ['base-uri' => 'http://127.0.0.1:8080'],
    ['base-uri' => 'http://localhost/x'],
    ['base-uri' => 'http://[::1]:99'],
    ['timeout' => 1],
    ['timeout' => 3600],
];
foreach ($variants as $variant) {
    $options = $variant + $defaults;
    $adapter->setOptions($options);
    $key = array_key_first($variant) ?? 'access-token';
    echo $key, ' => ', json_encode($adapter->getOption($key), JSON_UNESCAPED_SLASHES), "\n";
}
?>
--EXPECT--
access-token => "pm-token"
inbound-addresses => []
inbound-addresses => ["10.0.0.0/8","2001:db8::/32","::ffff:0:0/96","0.0.0.0/0"]
message-stream => "outbound"
base-uri => "https://api.example.com:8443/prefix/"
base-uri => "http://127.0.0.1:8080"
base-uri => "http://localhost/x"
base-uri => "http://[::1]:99"
timeout => 1
timeout => 3600
