--TEST--
PostmarkAdapter::setOptions() rejects unknown and missing keys and wrong types; the stored options stay
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

$adapter = new MetaMTA\PostmarkAdapter();
$good = ['access-token' => 'pm-token'] + $adapter->newDefaultOptions();
$adapter->setOptions($good);

throws(fn() => $adapter->setOptions($good + ['api-key' => 'x', 'domain' => 'y']));
throws(fn() => $adapter->setOptions([]));
throws(fn() => $adapter->setOptions(array_diff_key($good, ['message-stream' => 0, 'timeout' => 0])));
throws(fn() => $adapter->setOptions($adapter->newDefaultOptions()));
throws(fn() => $adapter->setOptions(['access-token' => 42] + $good));
throws(fn() => $adapter->setOptions(['message-stream' => false] + $good));
throws(fn() => $adapter->setOptions(['base-uri' => 443] + $good));
throws(fn() => $adapter->setOptions(['timeout' => '60'] + $good));
throws(fn() => $adapter->setOptions(['timeout' => 60.0] + $good));
throws(fn() => $adapter->setOptions(['timeout' => null] + $good));
var_dump($adapter->getOption('access-token'), $adapter->getOption('timeout'));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Got unexpected parameters: api-key, domain.
MetaMTA\InvalidArgumentException: Missing required parameters: access-token, inbound-addresses, message-stream, base-uri, timeout.
MetaMTA\InvalidArgumentException: Missing required parameters: message-stream, timeout.
MetaMTA\InvalidArgumentException: Parameter 'access-token' has invalid type: expected type 'string', got type 'null'.
MetaMTA\InvalidArgumentException: Parameter 'access-token' has invalid type: expected type 'string', got type 'int'.
MetaMTA\InvalidArgumentException: Parameter 'message-stream' has invalid type: expected type 'string|null', got type 'bool'.
MetaMTA\InvalidArgumentException: Parameter 'base-uri' has invalid type: expected type 'string|null', got type 'int'.
MetaMTA\InvalidArgumentException: Parameter 'timeout' has invalid type: expected type 'int', got type 'string'.
MetaMTA\InvalidArgumentException: Parameter 'timeout' has invalid type: expected type 'int', got type 'float'.
MetaMTA\InvalidArgumentException: Parameter 'timeout' has invalid type: expected type 'int', got type 'null'.
string(8) "pm-token"
int(60)
