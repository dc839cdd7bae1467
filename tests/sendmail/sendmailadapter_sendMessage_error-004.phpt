--TEST--
SendmailAdapter::sendMessage(): a sendmail still running at the timeout is killed; TransportException, outcome unknown
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/sendmail.inc';

$hang = __DIR__ . '/hanging_sendmail';
$adapter = new MetaMTA\SendmailAdapter();
$adapter->setOptions(['binary' => $hang, 'timeout' => 1] + $adapter->newDefaultOptions());
try {
    $adapter->sendMessage(sendmail_test_message());
} catch (MetaMTA\TransportException $e) {
    echo str_replace($hang, 'HANG', $e->getMessage()), "\n";
    var_dump($e->isOutcomeUnknown(), $e->isRetryable());
}
?>
--EXPECT--
sendmail 'HANG' did not finish within 1000 ms and was killed
bool(true)
bool(true)
