--TEST--
MailerList::sendAll(): 500 Postmark messages at concurrency 16 with queued faults; each accounted for once, none sent twice, connections bounded
--EXTENSIONS--
metamta
--SKIPIF--
<?php if (!class_exists('MetaMTA\\MailerList')) die('skip MailerList (branch mailerlist) not merged yet'); ?>
--FILE--
<?php
require __DIR__ . '/parallel.inc';
$mock = metamta_mock_start();
metamta_mock_queue_faults($mock, ['500', '429', '503-retry-after', '502-html', 'malformed-json',
    '500', '429', '503-retry-after', '502-html', 'malformed-json']);
$list = MetaMTA\MailerList::fromConfig([par_mailer('pm', 'postmark', $mock)])->setRetryPolicy(0);
$messages = [];
for ($i = 0; $i < 500; $i++) {
    $messages["m$i"] = par_message("message $i");
}
$results = $list->sendAll($messages, 16);
echo implode(',', array_keys($results)) === implode(',', array_keys($messages)) ? "order kept\n" : "order lost\n";
$sent = [];
$failures = [];
foreach ($results as $key => $r) {
    if ($r->isSent()) {
        $sent[] = $messages[$key]->getSubject();
    } else {
        $failures[get_class($r->getException())] = ($failures[get_class($r->getException())] ?? 0) + 1;
    }
}
ksort($failures);
echo count($sent), " sent\n";
print_r($failures);
$accepted = par_accepted_subjects($mock);
sort($accepted);
sort($sent);
echo $accepted === $sent ? "accepted = sent\n" : "accepted differs\n";
echo count(array_unique($accepted)), " distinct\n";
$stats = metamta_mock_stats($mock);
echo $stats['requests'], " requests\n";
echo $stats['connections'] <= 16 ? "connections within 16\n" : "connections: {$stats['connections']}\n";
?>
--EXPECT--
order kept
490 sent
Array
(
    [MetaMTA\ProviderException] => 10
)
accepted = sent
490 distinct
500 requests
connections within 16
