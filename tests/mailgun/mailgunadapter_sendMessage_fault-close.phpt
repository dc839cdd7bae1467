--TEST--
MailgunAdapter::sendMessage() when the server closes without answering: TransportException, outcome unknown
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock(["fault" => "close-before-response"]);
metamta_report(fn() => mg_adapter($mock)->sendMessage(mg_message()), $mock);
echo count(metamta_mock_requests($mock)), " request logged\n";
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: Empty reply from server. The outcome is unknown: the provider may have accepted the message.
code 4, retryable true, outcome unknown true
1 request logged
