--TEST--
MailerList::send(): an unknown outcome (request sent, no answer before the timeout) is neither retried nor failed over
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mock.inc';
$first = metamta_mock_start(['stall_seconds' => 5]);
$second = metamta_mock_start();
metamta_mock_queue_faults($first, ['stall']);
$list = MetaMTA\MailerList::fromConfig([
    pm_mailer('first', $first, ['priority' => 2, 'options' => ['timeout' => 1]]),
    pm_mailer('second', $second),
])->setRetryPolicy(2, 0.001, 0.002);
var_dump($list->isAtLeastOnce());
try {
    $list->send(pm_message('once'));
} catch (MetaMTA\TransportException $e) {
    var_dump($e->isOutcomeUnknown(), str_contains($e->getMessage(), 'The outcome is unknown'));
}
echo count(metamta_mock_requests($first)), ' ', count(metamta_mock_requests($second)), "\n";
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
1 0
