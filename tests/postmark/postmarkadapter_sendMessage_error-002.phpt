--TEST--
PostmarkAdapter::sendMessage() without options, or with an empty token, throws before any request
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
throws(fn() => (new MetaMTA\PostmarkAdapter())->sendMessage(metamta_simple_message()));
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => '']);
throws(fn() => $adapter->sendMessage(metamta_simple_message()));
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => "pm-token\r\nX-Evil: 1"]);
throws(fn() => $adapter->sendMessage(metamta_simple_message()));
var_dump(metamta_mock_stats($mock)['requests']);
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Postmark access token must not be empty
MetaMTA\InvalidArgumentException: Postmark access token must not be empty
MetaMTA\InvalidArgumentException: Postmark access token must not contain CR, LF or NUL
int(0)
