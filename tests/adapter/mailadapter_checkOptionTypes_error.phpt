--TEST--
MailAdapter::checkOptionTypes() rejects unknown keys, then missing keys, then wrong types, in that order
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/userland.inc';

$types = ['host' => 'string', 'port' => 'int', 'tls' => 'bool', 'to' => 'list<string>', 'user' => 'string|null'];
$good = ['host' => 'h', 'port' => 25, 'tls' => true, 'to' => ['a'], 'user' => null];

echo "unknown keys, all listed, before anything else\n";
throws(fn() => CheckAdapter::check(['b' => 1, 'host' => 1, 'a' => 2, 7 => 3], $types));
throws(fn() => CheckAdapter::check(["bad\r\nkey" => 1] + $good, $types));

echo "missing keys, in declaration order\n";
throws(fn() => CheckAdapter::check(['user' => 'u', 'port' => 'x'], $types));
throws(fn() => CheckAdapter::check([], $types));

echo "types, in declaration order, exact\n";
throws(fn() => CheckAdapter::check(['port' => '25'] + $good, $types));
throws(fn() => CheckAdapter::check(['host' => null, 'port' => '25'] + $good, $types));
throws(fn() => CheckAdapter::check(['host' => 5] + $good, $types));
throws(fn() => CheckAdapter::check(['port' => 25.0] + $good, $types));
throws(fn() => CheckAdapter::check(['port' => true] + $good, $types));
throws(fn() => CheckAdapter::check(['tls' => 1] + $good, $types));
throws(fn() => CheckAdapter::check(['to' => 'a'] + $good, $types));
throws(fn() => CheckAdapter::check(['to' => [1, 2]] + $good, $types));
throws(fn() => CheckAdapter::check(['to' => ['a', 2]] + $good, $types));
throws(fn() => CheckAdapter::check(['to' => [1 => 'a']] + $good, $types));
throws(fn() => CheckAdapter::check(['to' => ['x' => 'a']] + $good, $types));
throws(fn() => CheckAdapter::check(['user' => 5] + $good, $types));
throws(fn() => CheckAdapter::check(['user' => new stdClass()] + $good, $types));
?>
--EXPECT--
unknown keys, all listed, before anything else
MetaMTA\InvalidArgumentException: Got unexpected parameters: b, a, 7.
MetaMTA\InvalidArgumentException: Got unexpected parameters: 'bad\r\nkey'.
missing keys, in declaration order
MetaMTA\InvalidArgumentException: Missing required parameters: host, tls, to.
MetaMTA\InvalidArgumentException: Missing required parameters: host, port, tls, to, user.
types, in declaration order, exact
MetaMTA\InvalidArgumentException: Parameter 'port' has invalid type: expected type 'int', got type 'string'.
MetaMTA\InvalidArgumentException: Parameter 'host' has invalid type: expected type 'string', got type 'null'.
MetaMTA\InvalidArgumentException: Parameter 'host' has invalid type: expected type 'string', got type 'int'.
MetaMTA\InvalidArgumentException: Parameter 'port' has invalid type: expected type 'int', got type 'float'.
MetaMTA\InvalidArgumentException: Parameter 'port' has invalid type: expected type 'int', got type 'bool'.
MetaMTA\InvalidArgumentException: Parameter 'tls' has invalid type: expected type 'bool', got type 'int'.
MetaMTA\InvalidArgumentException: Parameter 'to' has invalid type: expected type 'list<string>', got type 'string'.
MetaMTA\InvalidArgumentException: Parameter 'to' has invalid type: expected type 'list<string>', got type 'list<int>'.
MetaMTA\InvalidArgumentException: Parameter 'to' has invalid type: expected type 'list<string>', got type 'list<mixed>'.
MetaMTA\InvalidArgumentException: Parameter 'to' has invalid type: expected type 'list<string>', got type 'array'.
MetaMTA\InvalidArgumentException: Parameter 'to' has invalid type: expected type 'list<string>', got type 'array'.
MetaMTA\InvalidArgumentException: Parameter 'user' has invalid type: expected type 'string|null', got type 'int'.
MetaMTA\InvalidArgumentException: Parameter 'user' has invalid type: expected type 'string|null', got type 'stdClass'.
