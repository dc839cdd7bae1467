--TEST--
TwilioAdapter::sendMessage() when the connection is reset mid-answer: TransportException, outcome unknown
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock(["fault" => "reset"]);
metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message()), $mock);
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: Recv failure: Connection reset by peer. The outcome is unknown: the provider may have accepted the message.
code 4, retryable true, outcome unknown true
