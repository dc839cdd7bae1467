--TEST--
SendmailAdapter::sendMessage(): a missing or unusable binary is a TransportException (nothing was handed over)
--EXTENSIONS--
metamta
--INI--
sendmail_path=sendmail -t -i
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/sendmail.inc';

$adapter = new MetaMTA\SendmailAdapter();
$adapter->setOptions(['binary' => '/nonexistent/sbin/sendmail'] + $adapter->newDefaultOptions());
try {
    $adapter->sendMessage(sendmail_test_message());
} catch (MetaMTA\TransportException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    var_dump($e->isOutcomeUnknown());
}

// Without the option, php.ini's sendmail_path must name an absolute path.
$adapter->setOptions($adapter->newDefaultOptions());
throws(fn() => $adapter->sendMessage(sendmail_test_message()));
?>
--EXPECT--
MetaMTA\TransportException: sendmail binary '/nonexistent/sbin/sendmail' could not be started: No such file or directory
bool(false)
MetaMTA\InvalidArgumentException: The sendmail_path setting's binary must be an absolute path, 'sendmail' given
