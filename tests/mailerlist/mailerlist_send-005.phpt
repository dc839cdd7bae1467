--TEST--
MailerList::send(): a 4xx rejection is not retried; the next mailer is tried at once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mock.inc';
$first = metamta_mock_start();
$second = metamta_mock_start();
$list = MetaMTA\MailerList::fromConfig([
    pm_mailer('first', $first, ['priority' => 2]),
    pm_mailer('second', $second, ['options' => ['access-token' => 'bad-token']]),
])->setRetryPolicy(3, 0.001, 0.002);
try {
    $list->send(pm_message('rejected', 'inactive@example.com'));
} catch (MetaMTA\AggregateException $e) {
    foreach ($e->getExceptions() as $key => $ex) {
        echo $key, ': ', $ex->getHttpStatus(), ' ', $ex->getProviderCode(), ' ', var_export($ex->isRetryable(), true), "\n";
    }
}
echo count(metamta_mock_requests($first)), ' ', count(metamta_mock_requests($second)), "\n";
?>
--EXPECT--
first: 422 406 false
second: 401 10 false
1 1
