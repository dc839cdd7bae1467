--TEST--
MailerList::sendAll(): failover per message, permanent stop, no mailer, and SendResult's getters
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/flaky.inc';
use MetaMTA\MailerList;

$list = MailerList::fromConfig([
    ['key' => 'down', 'type' => 'flaky', 'priority' => 3, 'options' => ['mode' => 'temporary'], 'media' => ['email']],
    ['key' => 'ok', 'type' => 'flaky', 'media' => ['email']],
])->setRetryPolicy(0);
$results = $list->sendAll([7 => flaky_message(), 'sms' => new MetaMTA\SMSMessage(), 2 => flaky_message()], 1);
foreach ($results as $key => $r) {
    echo $key, ': ', get_class($r), ' ', var_export($r->isSent(), true), ' ', var_export($r->getMailerKey(), true), ' ',
        $r->getAttempts(), ' ', $r->getException() ? get_class($r->getException()) . ': ' . $r->getException()->getMessage() : '-', "\n";
}
echo implode(',', FlakyAdapter::$log), "\n";
$list = MailerList::fromConfig([
    ['key' => 'gone', 'type' => 'flaky', 'priority' => 3, 'options' => ['mode' => 'permanent']],
    ['key' => 'ok', 'type' => 'flaky'],
]);
$r = $list->sendAll([flaky_message()])[0];
echo get_class($r->getException()), ' ', $r->getAttempts(), "\n";
var_dump($list->sendAll([]));
var_dump(MailerList::fromConfig([['key' => 'ok', 'type' => 'flaky']])->sendAll(["k" => flaky_message()])["k"]);
?>
--EXPECTF--
7: MetaMTA\SendResult true 'ok' 2 -
sms: MetaMTA\SendResult false NULL 0 MetaMTA\RuntimeException: No configured mailers support sending outbound mail.
2: MetaMTA\SendResult true 'ok' 2 -
down,down,ok,ok
MetaMTA\PermanentFailureException 1
array(0) {
}
object(MetaMTA\SendResult)#%d (4) {
  ["sent"]=>
  bool(true)
  ["mailerKey"]=>
  string(2) "ok"
  ["exception"]=>
  NULL
  ["attempts"]=>
  int(1)
}
