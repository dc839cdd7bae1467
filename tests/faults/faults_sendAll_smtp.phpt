--TEST--
Fault suite: sendAll() of 20 SMTP messages, a quarter with a rejected and a quarter with a deferred recipient: those fail over, the rest stay, each delivered once; then a server dropping after DATA: nothing failed over
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
$bad = metamta_smtp_start(['reject-rcpt' => 'gone@example.net', 'tempfail-rcpt' => 'busy@example.net']);
$good = metamta_smtp_start();
$messages = fault_batch('smtp', 20, fn($i) => fault_email("batch $i", [0 => 'gone@example.net', 1 => 'busy@example.net'][$i % 4] ?? 'dave@example.net'));
$list = fault_list([fault_smtp_mailer('bad', $bad, [], 2), fault_smtp_mailer('good', $good)]);
[$results, $e, $time] = fault_run(4, fn() => $list->sendAll($messages));
echo fault_describe($e), ", $time\n";
fault_batch_report($messages, $results, fault_sum(fault_smtp_accepted($bad), fault_smtp_accepted($good)));
echo 'attempts: ', array_sum(array_map(fn($r) => $r->getAttempts(), $results)), "\n";

echo "-- drop after DATA\n";
$drop = metamta_smtp_start(['drop-after-data' => true]);
$messages = fault_batch('smtp', 20, fn($i) => fault_email("dropped $i"));
$list = fault_list([fault_smtp_mailer('drop', $drop, [], 2), fault_smtp_mailer('good', $good)]);
[$results, $e, $time] = fault_run(4, fn() => $list->sendAll($messages));
echo fault_describe($e), ", $time\n";
fault_batch_report($messages, $results, fault_sum(fault_smtp_accepted($drop), fault_smtp_accepted($good)));
echo 'drop logged ', metamta_smtp_stats($drop)['messages'], " messages\n";
?>
--EXPECT--
no exception, in time
keys and order kept
10 sent by bad
10 sent by good
every message accounted once
attempts: 35
-- drop after DATA
no exception, in time
keys and order kept
20 failed: MetaMTA\TransportException code=4 retryable=true outcomeUnknown=true
every message accounted once
drop logged 20 messages
