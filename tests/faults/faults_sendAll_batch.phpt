--TEST--
Fault suite: sendAll() through Postmark's batch endpoint: a batch answered 500 fails over whole, a member refused inside a 200 fails over alone, a batch answered with cut-off JSON is not failed over
--EXTENSIONS--
metamta
--INI--
metamta.batch_threshold=2
--FILE--
<?php
require __DIR__ . '/faults.inc';
$bad = metamta_mock_start();
$good = metamta_mock_start();
$mailers = [
    fault_http_mailer('bad', 'postmark', $bad['base_uri'], [], 3),
    fault_http_mailer('good', 'postmark', $good['base_uri'], [], 2),
    fault_http_mailer('mg', 'mailgun', $good['base_uri']),
];
// The batch and its retry answered 500; m3 goes to an inactive recipient, which Postmark refuses
// inside its 200 (and Mailgun takes).
metamta_mock_queue_faults($bad, ['500', '500']);
$messages = fault_batch('postmark', 20, fn($i) => fault_email("batch $i", $i == 3 ? 'inactive@example.com' : 'dave@example.net'));
[$results, $e, $time] = fault_run(3, fn() => fault_list($mailers)->sendAll($messages));
echo fault_describe($e), ", $time\n";
fault_batch_report($messages, $results, fault_sum(fault_accepted($bad), fault_accepted($good)));
echo 'bad: ', implode(', ', array_column(metamta_mock_requests($bad), 'verdict')), "\n";
echo 'good: ', implode(', ', array_column(metamta_mock_requests($good), 'verdict')), "\n";

echo "-- cut-off JSON\n";
metamta_mock_queue_faults($bad, ['malformed-json']);
$messages = fault_batch('postmark', 20, fn($i) => fault_email("cut $i"));
[$results, $e, $time] = fault_run(3, fn() => fault_list($mailers)->sendAll($messages));
fault_batch_report($messages, $results, fault_sum(fault_accepted($bad), fault_accepted($good)));
echo 'bad would have: ', fault_provider_verdicts($bad, 'cut 0'), "\n";
echo 'good: ', fault_verdicts($good, 'cut 0'), "\n";
?>
--EXPECT--
no exception, in time
keys and order kept
19 sent by good
1 sent by mg
every message accounted once
bad: fault 500, fault 500
good: ok (batch: 1 of 20 rejected), ok
-- cut-off JSON
keys and order kept
20 failed: MetaMTA\ProviderException status=200 retryable=false
every message accounted once
bad would have: ok
good: none
