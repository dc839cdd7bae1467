--TEST--
MailerList::sendAll(): 50 messages with forced failures; each accounted for once, none sent twice, keys and order kept
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mock.inc';
$mock = metamta_mock_start();
// Five 500s (retried on the same mailer) spread over the first round.
metamta_mock_queue_faults($mock, ['500', '500', '500', '500', '500']);
$list = MetaMTA\MailerList::fromConfig([pm_mailer('pm', $mock)])->setRetryPolicy(2, 0.001, 0.002);
$messages = [];
for ($i = 0; $i < 50; $i++) {
    // Every seventh recipient is inactive: Postmark's 422, not retried.
    $messages["m$i"] = pm_message("message $i", $i % 7 == 3 ? "inactive@example.com" : "to$i@example.com");
}
$results = $list->sendAll($messages, 8);
echo implode(',', array_keys($results)) === implode(',', array_keys($messages)) ? "order kept\n" : "order lost\n";
$sent = $failed = $attempts = 0;
foreach ($results as $key => $r) {
    $attempts += $r->getAttempts();
    if ($r->isSent()) {
        $sent++;
        if ($r->getMailerKey() !== 'pm' || $r->getException() !== null) echo "$key: odd success\n";
    } else {
        $failed++;
        $ex = $r->getException();
        if (!$ex instanceof MetaMTA\ProviderException || $ex->getHttpStatus() != 422 || (int)substr($key, 1) % 7 != 3) {
            echo "$key: odd failure\n";
        }
    }
}
echo "sent $sent, failed $failed\n";
$accepted = [];
foreach (metamta_mock_requests($mock) as $req) {
    if ($req['verdict'] === 'ok') {
        $accepted[] = $req['parsed']['json']['Subject'];
    }
}
echo count($accepted), ' accepted, ', count(array_unique($accepted)), " distinct\n";
$stats = metamta_mock_stats($mock);
echo $stats['requests'], " requests, $attempts attempts\n";
?>
--EXPECT--
order kept
sent 43, failed 7
43 accepted, 43 distinct
55 requests, 55 attempts
