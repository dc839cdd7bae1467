--TEST--
Fault suite: sendAll() of 20 Mailgun messages, every first attempt faulted (5xx, 429, HTML, 2xx unreadable, lost, stalled); each message accounted once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
// Plain HTTP for the faulty mock: 20 TLS handshakes under valgrind could eat the 1 s timeout.
$bad = metamta_mock_start(['tls' => false, 'stall_seconds' => 30]);
$good = metamta_mock_start();
// Round one sends all 20 at once and takes one fault each; round two retries the 12 retryable
// ones, and half of those fail again (failed over), half go through.
metamta_mock_queue_faults($bad, array_merge(
    array_fill(0, 3, '500'), array_fill(0, 3, '429'), array_fill(0, 3, '503-retry-after'), array_fill(0, 3, '502-html'),
    array_fill(0, 2, 'malformed-json'), array_fill(0, 2, 'empty-body'),
    ['truncated', 'reset', 'close-before-response', 'stall'],
    array_fill(0, 6, '500')));
$list = fault_list([
    fault_http_mailer('bad', 'mailgun', $bad['base_uri'], ['timeout' => 1], 2),
    fault_http_mailer('good', 'postmark', $good['base_uri']),
]);
$messages = fault_batch('mailgun');
[$results, $e, $time] = fault_run(4, fn() => $list->sendAll($messages, 20));
echo fault_describe($e), ", $time\n";
fault_batch_report($messages, $results, fault_sum(fault_accepted($bad), fault_accepted($good)));
echo metamta_mock_stats($bad)['requests'], ' requests at bad, ', metamta_mock_stats($good)['requests'], " at good\n";
?>
--EXPECT--
no exception, in time
keys and order kept
4 failed: MetaMTA\ProviderException status=200 retryable=false
1 failed: MetaMTA\TransportException code=3 retryable=true outcomeUnknown=true
3 failed: MetaMTA\TransportException code=4 retryable=true outcomeUnknown=true
6 sent by bad
6 sent by good
every message accounted once
32 requests at bad, 6 at good
