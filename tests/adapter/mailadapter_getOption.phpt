--TEST--
MailAdapter::getOption() returns stored values, including a stored null
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/userland.inc';

$adapter = new DemoAdapter();
$adapter->setOptions(['api-key' => 'k'] + $adapter->newDefaultOptions());
var_dump($adapter->getOption('host'));
var_dump($adapter->getOption('api-key'));
var_dump($adapter->getOption('inbound-addresses'));
?>
--EXPECT--
validateOptions(api-key, host, port, inbound-addresses, message-id)
NULL
string(1) "k"
array(1) {
  [0]=>
  string(12) "127.0.0.1/32"
}
