--TEST--
PostmarkAdapter::sendMessage(): a kept-alive connection closed without an answer is retried once on a fresh one
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

// libcurl re-sends a request once when a reused connection closes before any answer byte, as
// an idle keep-alive timeout on the server looks the same. The mock read the request both times:
// this is where a provider could see one message twice.
$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'pm-token']);
$adapter->sendMessage(metamta_simple_message());
metamta_mock_queue_faults($mock, ['close-before-response']);
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
// Closed again on the fresh connection: no second retry.
metamta_mock_queue_faults($mock, ['close-before-response', 'close-before-response']);
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()), ['BASE' => $mock['base_uri']]);
$log = metamta_mock_requests($mock);
echo implode(', ', array_column($log, 'verdict')), "\n";
var_dump(count(array_unique(array_column($log, 'conn'))));
?>
--EXPECT--
sent
MetaMTA\TransportException: The HTTP request to BASE failed: Empty reply from server. The outcome is unknown: the provider may have accepted the message.
  retryable=true outcomeUnknown=true
ok, fault close-before-response, ok, fault close-before-response, fault close-before-response
int(3)
