--TEST--
MailgunAdapter::sendMessage() on a kept-alive connection the server closes unanswered: libcurl retries once on a new one (twice is an error)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

// libcurl resends a request whose reused connection closed before any answer byte: the first
// attempt may have been acted on, so this is where a provider can see a message twice.
$mock = mg_mock();
$adapter = mg_adapter($mock);
$adapter->sendMessage(mg_message('one'));
metamta_mock_queue_faults($mock, ['close-before-response']);
metamta_report(fn() => $adapter->sendMessage(mg_message('two')), $mock);
metamta_mock_queue_faults($mock, ['close-before-response', 'close-before-response']);
metamta_report(fn() => $adapter->sendMessage(mg_message('three')), $mock);
$adapter->sendMessage(mg_message('four'));
$log = metamta_mock_requests($mock);
$connections = array_flip(array_values(array_unique(array_column($log, 'conn'))));
foreach ($log as $r) {
    echo 'connection ', $connections[$r['conn']] + 1, ' ', $r['parsed']['form']['text'], ': ', $r['verdict'], "\n";
}
?>
--EXPECT--
no exception
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: Empty reply from server. The outcome is unknown: the provider may have accepted the message.
code 4, retryable true, outcome unknown true
connection 1 one: ok
connection 1 two: fault close-before-response
connection 2 two: ok
connection 2 three: fault close-before-response
connection 3 three: fault close-before-response
connection 4 four: ok
