--TEST--
SendGridAdapter::sendMessage() to a server that never answers gives up after the timeout option; outcome unknown
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start(['stall_seconds' => 30]);
// A first send opens the kept-alive connection, so the one-second budget below is not spent on a
// TLS handshake (which alone can take that long under valgrind).
metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.key'])->sendMessage(metamta_simple_message());
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.key', 'timeout' => 1]);
metamta_mock_queue_faults($mock, ['stall']);
$start = microtime(true);
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()), ['BASE' => $mock['base_uri']]);
$elapsed = microtime(true) - $start;
var_dump($elapsed >= 0.9, $elapsed < 1 + 2 * metamta_time_scale());
echo implode(', ', array_column(metamta_mock_requests($mock), 'verdict')), "\n";
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to BASE failed: Operation timed out after N milliseconds with 0 bytes received. The outcome is unknown: the provider may have accepted the message.
  retryable=true outcomeUnknown=true
bool(true)
bool(true)
ok, fault stall
