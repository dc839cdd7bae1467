--TEST--
TwilioAdapter::sendMessage() to a port nobody listens on: TransportException (connect), outcome known
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
metamta_server_stop($mock);
metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message()), $mock);
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: Failed to connect to 127.0.0.1 port PORT after N ms: Couldn't connect to server.
code 1, retryable true, outcome unknown false
