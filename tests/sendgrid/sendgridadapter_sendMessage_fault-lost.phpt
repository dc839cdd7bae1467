--TEST--
SendGridAdapter::sendMessage(): a truncated answer, a reset or a close after the request leave the outcome unknown
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.key']);
// Each fault ends its connection, so every send starts a fresh one (no libcurl retry).
metamta_mock_queue_faults($mock, ['truncated', 'reset', 'close-before-response']);
for ($i = 0; $i < 3; $i++) {
    metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()), ['BASE' => $mock['base_uri']]);
}
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
echo implode("\n", array_column(metamta_mock_requests($mock), 'verdict')), "\n";
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to BASE failed: transfer closed with 64 bytes remaining to read. The outcome is unknown: the provider may have accepted the message.
  retryable=true outcomeUnknown=true
MetaMTA\TransportException: The HTTP request to BASE failed: Recv failure: Connection reset by peer. The outcome is unknown: the provider may have accepted the message.
  retryable=true outcomeUnknown=true
MetaMTA\TransportException: The HTTP request to BASE failed: Empty reply from server. The outcome is unknown: the provider may have accepted the message.
  retryable=true outcomeUnknown=true
sent
fault truncated
fault reset
fault close-before-response
ok
