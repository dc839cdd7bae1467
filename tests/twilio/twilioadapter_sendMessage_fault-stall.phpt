--TEST--
TwilioAdapter::sendMessage() to a server that never answers ends after the timeout option: TransportException, outcome unknown
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

// A first send opens the connection, so the 1 s covers the stalled request only (a TLS handshake
// under valgrind can take longer than that); the adapters share the connection pool.
$mock = tw_mock();
tw_adapter($mock)->sendMessage(tw_message());
metamta_mock_queue_faults($mock, ["stall"]);
$start = microtime(true);
metamta_report(fn() => tw_adapter($mock, ["timeout" => 1])->sendMessage(tw_message()), $mock);
$took = microtime(true) - $start;
var_dump($took >= 0.9 && $took < 1.0 + 3 * metamta_time_scale(), count(array_unique(array_column(metamta_mock_requests($mock), "conn"))));
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: Operation timed out after N milliseconds with 0 bytes received. The outcome is unknown: the provider may have accepted the message.
code 3, retryable true, outcome unknown true
bool(true)
int(1)
