--TEST--
SendGridAdapter::sendMessage() without options, or with an empty or multi-line key, throws before any request
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
throws(fn() => (new MetaMTA\SendGridAdapter())->sendMessage(metamta_simple_message()));
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => '']);
throws(fn() => $adapter->sendMessage(metamta_simple_message()));
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => "SG.key\nX-Evil: 1"]);
throws(fn() => $adapter->sendMessage(metamta_simple_message()));
var_dump(metamta_mock_stats($mock)['requests']);
?>
--EXPECT--
MetaMTA\InvalidArgumentException: SendGrid API key must not be empty
MetaMTA\InvalidArgumentException: SendGrid API key must not be empty
MetaMTA\InvalidArgumentException: SendGrid API key must not contain CR, LF or NUL
int(0)
