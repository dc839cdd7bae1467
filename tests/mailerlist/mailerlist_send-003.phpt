--TEST--
MailerList::send(): the first priority group's mock answers 500 (retried, then given up), the next group's mock accepts
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mock.inc';
$first = metamta_mock_start();
$second = metamta_mock_start();
metamta_mock_queue_faults($first, ['500', '500', '500']);
$list = MetaMTA\MailerList::fromConfig([
    pm_mailer('backup', $second),
    pm_mailer('primary', $first, ['priority' => 10]),
])->setRetryPolicy(2, 0.001, 0.002);
echo $list->send(pm_message('failover')), "\n";
echo 'primary: ', verdicts($first), "\n";
echo 'backup: ', verdicts($second), "\n";
echo metamta_mock_requests($second)[0]['parsed']['json']['Subject'], "\n";
?>
--EXPECT--
backup
primary: fault 500, fault 500, fault 500
backup: ok
failover
