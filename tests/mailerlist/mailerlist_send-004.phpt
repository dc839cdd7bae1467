--TEST--
MailerList::send(): a 429 with Retry-After is retried on the same mailer (the wait capped by maxDelay) and then succeeds
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mock.inc';
$mock = metamta_mock_start();
$other = metamta_mock_start();
metamta_mock_queue_faults($mock, ['429', '503-retry-after']);
$list = MetaMTA\MailerList::fromConfig([
    pm_mailer('main', $mock, ['priority' => 2]),
    pm_mailer('other', $other),
])->setRetryPolicy(2, 0.001, 0.01);
echo $list->send(pm_message('retry')), "\n";
echo verdicts($mock), "\n";
echo count(metamta_mock_requests($other)), "\n";
// What the retry reads: the provider's Retry-After.
metamta_mock_queue_faults($mock, ['429']);
try {
    (new MetaMTA\PostmarkAdapter())->setOptions(pm_mailer('x', $mock)['options'] + (new MetaMTA\PostmarkAdapter())->newDefaultOptions())
        ->sendMessage(pm_message('direct'));
} catch (MetaMTA\ProviderException $e) {
    var_dump($e->getHttpStatus(), $e->isRetryable(), $e->getRetryAfter());
}
?>
--EXPECT--
main
fault 429, fault 503-retry-after, ok
0
int(429)
bool(true)
int(1)
