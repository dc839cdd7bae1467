--TEST--
MailerList::send(): the first mailer that accepts wins; ordinary failures fail over; the try-list picks and orders mailers
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/flaky.inc';
use MetaMTA\MailerList;

$list = MailerList::fromConfig([
    ['key' => 'down', 'type' => 'flaky', 'priority' => 10, 'options' => ['mode' => 'temporary']],
    ['key' => 'net', 'type' => 'flaky', 'priority' => 5, 'options' => ['mode' => 'transport']],
    ['key' => 'ok', 'type' => 'flaky'],
    ['key' => 'ok2', 'type' => 'flaky'],
    ['key' => 'no-out', 'type' => 'flaky', 'outbound' => false],
])->setRetryPolicy(1, 0.0, 0.0);
echo $list->send(flaky_message()), ' via ', implode(',', FlakyAdapter::$log), "\n";
FlakyAdapter::$log = [];
echo $list->send(flaky_message(), ['ok2', 'missing', 'down', 'no-out']), ' via ', implode(',', FlakyAdapter::$log), "\n";
FlakyAdapter::$log = [];
echo $list->send((new MetaMTA\SMSMessage())->setToNumber(new MetaMTA\PhoneNumber('+15005550006'))->setTextBody('hi'), ['ok']),
    ' via ', implode(',', FlakyAdapter::$log), "\n";
?>
--EXPECT--
ok via down,net,net,ok
ok2 via ok2
ok via ok
