--TEST--
MailerList::setAtLeastOnce(true): an unknown outcome fails over like the original (a duplicate is possible)
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
])->setRetryPolicy(0)->setAtLeastOnce(true);
var_dump($list->isAtLeastOnce());
echo $list->send(pm_message('twice')), "\n";
echo count(metamta_mock_requests($first)), ' ', count(metamta_mock_requests($second)), "\n";
?>
--EXPECT--
bool(true)
second
1 1
