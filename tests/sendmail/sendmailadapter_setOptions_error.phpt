--TEST--
SendmailAdapter::setOptions() checks binary (absolute path) and timeout (1..3600), and the option types
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

$adapter = new MetaMTA\SendmailAdapter();
$defaults = $adapter->newDefaultOptions();
throws(fn() => $adapter->setOptions(['binary' => 'sendmail'] + $defaults));
throws(fn() => $adapter->setOptions(['binary' => ''] + $defaults));
throws(fn() => $adapter->setOptions(['binary' => "/usr/sbin/sendmail\0-X"] + $defaults));
throws(fn() => $adapter->setOptions(['timeout' => 0] + $defaults));
throws(fn() => $adapter->setOptions(['timeout' => 3601] + $defaults));
throws(fn() => $adapter->setOptions(['timeout' => '60'] + $defaults));
throws(fn() => $adapter->setOptions(['message-id' => 'yes'] + $defaults));
throws(fn() => $adapter->setOptions(['host' => 'x'] + $defaults));
throws(fn() => $adapter->setOptions([]));
var_dump($adapter->setOptions(['binary' => '/usr/sbin/sendmail', 'timeout' => 3600] + $defaults) === $adapter);
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Option 'binary' must be an absolute path, 'sendmail' given
MetaMTA\InvalidArgumentException: Option 'binary' must be an absolute path, '' given
MetaMTA\InvalidArgumentException: Option 'binary' must be an absolute path, '/usr/sbin/sendmail\0-X' given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 0 given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 3601 given
MetaMTA\InvalidArgumentException: Parameter 'timeout' has invalid type: expected type 'int', got type 'string'.
MetaMTA\InvalidArgumentException: Parameter 'message-id' has invalid type: expected type 'bool|null', got type 'string'.
MetaMTA\InvalidArgumentException: Got unexpected parameters: host.
MetaMTA\InvalidArgumentException: Missing required parameters: message-id, binary, timeout.
bool(true)
