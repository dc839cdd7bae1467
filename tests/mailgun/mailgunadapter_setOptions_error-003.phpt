--TEST--
MailgunAdapter::setOptions() rejects a timeout of 0, a negative one and one over an hour
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailgunAdapter;

$adapter = new MailgunAdapter();
$ok = ["api-key" => "key-1", "domain" => "mg.example.com"] + $adapter->newDefaultOptions();
throws(fn() => $adapter->setOptions(["timeout" => 0] + $ok));
throws(fn() => $adapter->setOptions(["timeout" => -1] + $ok));
throws(fn() => $adapter->setOptions(["timeout" => 3601] + $ok));
throws(fn() => $adapter->setOptions(["timeout" => PHP_INT_MAX] + $ok));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 0 given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, -1 given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 3601 given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 9223372036854775807 given
