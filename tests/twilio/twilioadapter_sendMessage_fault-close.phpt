--TEST--
TwilioAdapter::sendMessage() when the server closes without answering: TransportException, outcome unknown
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock(["fault" => "close-before-response"]);
metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message()), $mock);
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: Empty reply from server. The outcome is unknown: the provider may have accepted the message.
code 4, retryable true, outcome unknown true
