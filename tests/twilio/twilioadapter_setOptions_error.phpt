--TEST--
TwilioAdapter::setOptions() rejects unknown keys, missing keys and wrong types; the old options stay
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\TwilioAdapter;

$adapter = new TwilioAdapter();
$ok = ["account-sid" => "AC0123456789abcdef0123456789abcdef", "auth-token" => "tok-1", "from-number" => "+15005550006"]
    + $adapter->newDefaultOptions();
$adapter->setOptions(["timeout" => 9] + $ok);
throws(fn() => $adapter->setOptions($ok + ["messaging-service-sid" => "MG1"]));
throws(fn() => $adapter->setOptions(["account-sid" => $ok["account-sid"], "auth-token" => "t"]));
throws(fn() => $adapter->setOptions([]));
throws(fn() => $adapter->setOptions($adapter->newDefaultOptions()));
throws(fn() => $adapter->setOptions(["auth-token" => null] + $ok));
throws(fn() => $adapter->setOptions(["from-number" => 15005550006] + $ok));
throws(fn() => $adapter->setOptions(["base-uri" => []] + $ok));
throws(fn() => $adapter->setOptions(["timeout" => null] + $ok));
var_dump($adapter->getOption("timeout"));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Got unexpected parameters: messaging-service-sid.
MetaMTA\InvalidArgumentException: Missing required parameters: from-number, base-uri, timeout.
MetaMTA\InvalidArgumentException: Missing required parameters: account-sid, auth-token, from-number, base-uri, timeout.
MetaMTA\InvalidArgumentException: Parameter 'account-sid' has invalid type: expected type 'string', got type 'null'.
MetaMTA\InvalidArgumentException: Parameter 'auth-token' has invalid type: expected type 'string', got type 'null'.
MetaMTA\InvalidArgumentException: Parameter 'from-number' has invalid type: expected type 'string', got type 'int'.
MetaMTA\InvalidArgumentException: Parameter 'base-uri' has invalid type: expected type 'string|null', got type 'array'.
MetaMTA\InvalidArgumentException: Parameter 'timeout' has invalid type: expected type 'int', got type 'null'.
int(9)
