--TEST--
SendGridAdapter::setOptions() rejects unknown keys (the old api-user too), missing keys and wrong types
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

$adapter = new MetaMTA\SendGridAdapter();
$good = ['api-key' => 'SG.key'] + $adapter->newDefaultOptions();
$adapter->setOptions($good);
throws(fn() => $adapter->setOptions($good + ['api-user' => 'me']));
throws(fn() => $adapter->setOptions([]));
throws(fn() => $adapter->setOptions(['api-key' => 'SG.key']));
throws(fn() => $adapter->setOptions($adapter->newDefaultOptions()));
throws(fn() => $adapter->setOptions(['api-key' => ['SG.key']] + $good));
throws(fn() => $adapter->setOptions(['base-uri' => true] + $good));
throws(fn() => $adapter->setOptions(['timeout' => '30'] + $good));
var_dump($adapter->getOption('api-key'));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Got unexpected parameters: api-user.
MetaMTA\InvalidArgumentException: Missing required parameters: api-key, base-uri, timeout.
MetaMTA\InvalidArgumentException: Missing required parameters: base-uri, timeout.
MetaMTA\InvalidArgumentException: Parameter 'api-key' has invalid type: expected type 'string', got type 'null'.
MetaMTA\InvalidArgumentException: Parameter 'api-key' has invalid type: expected type 'string', got type 'list<string>'.
MetaMTA\InvalidArgumentException: Parameter 'base-uri' has invalid type: expected type 'string|null', got type 'bool'.
MetaMTA\InvalidArgumentException: Parameter 'timeout' has invalid type: expected type 'int', got type 'string'.
string(6) "SG.key"
