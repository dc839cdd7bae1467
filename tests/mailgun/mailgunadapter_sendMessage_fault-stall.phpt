--TEST--
MailgunAdapter::sendMessage() to a server that never answers ends after the timeout option: TransportException, outcome unknown
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock(["fault" => "stall"]);
$start = microtime(true);
mg_report(fn() => mg_adapter($mock, ["timeout" => 1])->sendMessage(mg_message()), $mock);
$took = microtime(true) - $start;
var_dump($took >= 0.9 && $took < 1.0 + 3 * metamta_time_scale());
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: Operation timed out after N milliseconds with 0 bytes received.
code 3, retryable true, outcome unknown true
bool(true)
