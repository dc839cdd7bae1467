--TEST--
Fault suite: sendAll() of 20 messages whose answers are all lost or unreadable: none failed over by default; with setAtLeastOnce(true) all are retried and failed over
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
$good = metamta_mock_start();
$lost = ['truncated', 'reset', 'close-before-response', 'stall', 'malformed-json'];
foreach ([false, true] as $atLeastOnce) {
    echo $atLeastOnce ? "-- at least once\n" : "-- exactly once\n";
    // A fresh mock each time: round one then opens 20 new connections and takes one fault each
    // (libcurl sends a request twice when a reused connection closes before answering).
    $bad = metamta_mock_start(['tls' => false, 'stall_seconds' => 30]);
    // Four of each for round one; for the retries, more than they can take.
    metamta_mock_queue_faults($bad, array_merge(...array_fill(0, $atLeastOnce ? 12 : 4, $lost)));
    $mailers = [
        fault_http_mailer('bad', 'postmark', $bad['base_uri'], ['timeout' => 1], 2),
        fault_http_mailer('good', 'postmark', $good['base_uri']),
    ];
    $messages = fault_batch('postmark', 20, fn($i) => fault_email(($atLeastOnce ? 'twice' : 'once') . " $i"));
    [$results, $e, $time] = fault_run(5, fn() => fault_list($mailers, $atLeastOnce)->sendAll($messages, 20));
    echo fault_describe($e), ", $time\n";
    fault_batch_report($messages, $results, fault_sum(fault_accepted($bad), fault_accepted($good)));
    echo 'bad: ', $atLeastOnce ? (metamta_mock_stats($bad)['ok'] . ' accepted') : verdict_counts($bad), "\n";
}

function verdict_counts(array $mock): string
{
    $counts = array_count_values(array_column(metamta_mock_requests($mock), 'verdict'));
    ksort($counts);
    return json_encode($counts);
}
?>
--EXPECT--
-- exactly once
no exception, in time
keys and order kept
4 failed: MetaMTA\ProviderException status=200 retryable=false
4 failed: MetaMTA\TransportException code=3 retryable=true outcomeUnknown=true
12 failed: MetaMTA\TransportException code=4 retryable=true outcomeUnknown=true
every message accounted once
bad: {"fault close-before-response":4,"fault malformed-json":4,"fault reset":4,"fault stall":4,"fault truncated":4}
-- at least once
no exception, in time
keys and order kept
20 sent by good
every message accounted once
bad: 0 accepted
