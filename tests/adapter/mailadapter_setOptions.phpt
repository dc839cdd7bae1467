--TEST--
MailAdapter::setOptions() runs the subclass's validateOptions() and stores the map only when it passes
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/userland.inc';

$adapter = new DemoAdapter();
$good = ['api-key' => 'k1', 'host' => 'mx.example.org'] + $adapter->newDefaultOptions();
var_dump($adapter->setOptions($good) === $adapter);
var_dump($adapter->getOption('host'), $adapter->getOption('port'));

try {
    $adapter->setOptions(['port' => '587'] + $good);
} catch (MetaMTA\InvalidArgumentException $e) {
    echo "rejected\n";
}
// The previous map is still the stored one.
var_dump($adapter->getOption('port'));

// The stored map is a copy: references in it do not reach it later.
$port = 2525;
$options = $good;
$options['port'] = &$port;
$adapter->setOptions($options);
$port = 'not an int';
var_dump($adapter->getOption('port'));

// The Test adapter has no options: only the empty map passes.
$test = new MetaMTA\TestAdapter();
var_dump($test->newDefaultOptions());
var_dump($test->setOptions([]) === $test);
?>
--EXPECT--
validateOptions(api-key, host, port, inbound-addresses, message-id)
bool(true)
string(14) "mx.example.org"
int(25)
validateOptions(port, api-key, host, inbound-addresses, message-id)
rejected
int(25)
validateOptions(api-key, host, port, inbound-addresses, message-id)
int(2525)
array(0) {
}
bool(true)
