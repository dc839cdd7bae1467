--TEST--
SendGridAdapter::sendMessage(): a 2xx is success whatever its body (cut-off JSON, empty)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.key']);
metamta_mock_queue_faults($mock, ['malformed-json', 'empty-body']);
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
echo implode(', ', array_column(metamta_mock_requests($mock), 'verdict')), "\n";
?>
--EXPECT--
sent
sent
fault malformed-json, fault empty-body
