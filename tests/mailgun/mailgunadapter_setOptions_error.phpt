--TEST--
MailgunAdapter::setOptions() rejects unknown keys, missing keys and wrong types
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailgunAdapter;

$adapter = new MailgunAdapter();
$ok = ["api-key" => "key-1", "domain" => "mg.example.com"] + $adapter->newDefaultOptions();
$adapter->setOptions(["timeout" => 7] + $ok);
throws(fn() => $adapter->setOptions($ok + ["region" => "eu", "api-user" => "x"]));
throws(fn() => $adapter->setOptions(["api-key" => "key-1", "domain" => "mg.example.com"]));
throws(fn() => $adapter->setOptions([]));
throws(fn() => $adapter->setOptions($adapter->newDefaultOptions()));
throws(fn() => $adapter->setOptions(["domain" => null] + $ok));
throws(fn() => $adapter->setOptions(["api-hostname" => null] + $ok));
throws(fn() => $adapter->setOptions(["webhook-signing-key" => 5] + $ok));
throws(fn() => $adapter->setOptions(["base-uri" => false] + $ok));
throws(fn() => $adapter->setOptions(["timeout" => "60"] + $ok));
throws(fn() => $adapter->setOptions(["timeout" => 1.5] + $ok));
var_dump($adapter->getOption("timeout"));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Got unexpected parameters: region, api-user.
MetaMTA\InvalidArgumentException: Missing required parameters: api-hostname, webhook-signing-key, base-uri, timeout.
MetaMTA\InvalidArgumentException: Missing required parameters: api-key, domain, api-hostname, webhook-signing-key, base-uri, timeout.
MetaMTA\InvalidArgumentException: Parameter 'api-key' has invalid type: expected type 'string', got type 'null'.
MetaMTA\InvalidArgumentException: Parameter 'domain' has invalid type: expected type 'string', got type 'null'.
MetaMTA\InvalidArgumentException: Parameter 'api-hostname' has invalid type: expected type 'string', got type 'null'.
MetaMTA\InvalidArgumentException: Parameter 'webhook-signing-key' has invalid type: expected type 'string|null', got type 'int'.
MetaMTA\InvalidArgumentException: Parameter 'base-uri' has invalid type: expected type 'string|null', got type 'bool'.
MetaMTA\InvalidArgumentException: Parameter 'timeout' has invalid type: expected type 'int', got type 'string'.
MetaMTA\InvalidArgumentException: Parameter 'timeout' has invalid type: expected type 'int', got type 'float'.
int(7)
