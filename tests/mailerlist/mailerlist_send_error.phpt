--TEST--
MailerList::send(): all mailers failing (one exception, or an AggregateException with each), no mailers, bad try-list
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/flaky.inc';
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailerList;

$list = MailerList::fromConfig([
    ['key' => 'a', 'type' => 'flaky', 'options' => ['mode' => 'temporary']],
    ['key' => 'b', 'type' => 'flaky', 'options' => ['mode' => 'transport']],
    ['key' => 'c', 'type' => 'flaky', 'options' => ['mode' => 'temporary']],
])->setRetryPolicy(0);
try {
    $list->send(flaky_message());
} catch (MetaMTA\AggregateException $e) {
    var_dump($e instanceof MetaMTA\RuntimeException);
    echo $e->getMessage(), "\n";
    foreach ($e->getExceptions() as $key => $ex) {
        echo $key, ' => ', get_class($ex), "\n";
    }
}
throws(fn() => $list->send(flaky_message(), ['c']));
throws(fn() => $list->send(flaky_message(), []));
throws(fn() => $list->send(flaky_message(), ['zz']));
throws(fn() => $list->send(flaky_message(), [1]));
throws(fn() => MailerList::fromConfig(null)->send(flaky_message()));
throws(fn() => MailerList::fromConfig([['key' => 'p', 'type' => 'postmark', 'options' => ['access-token' => 'x']]])
    ->send(new MetaMTA\SMSMessage()));
?>
--EXPECT--
bool(true)
Encountered multiple exceptions while transmitting mail.
a: a is down
b: b unreachable
c: c is down
a => MetaMTA\RuntimeException
b => MetaMTA\TransportException
c => MetaMTA\RuntimeException
MetaMTA\RuntimeException: c is down
MetaMTA\RuntimeException: No configured mailers support sending outbound mail.
MetaMTA\RuntimeException: No configured mailers support sending outbound mail.
MetaMTA\InvalidArgumentException: The try-list must hold mailer keys (strings), int given.
MetaMTA\RuntimeException: No mailers are configured.
MetaMTA\RuntimeException: No configured mailers support sending outbound mail.
