--TEST--
TestAdapter::sendMessage() failures: permanent, temporary, honoured flags, previous record kept
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

$adapter = new MetaMTA\TestAdapter();
$adapter->sendMessage((new MetaMTA\EmailMessage())->setTextBody('first'));

var_dump($adapter->setFailPermanently() === $adapter);
throws(fn() => $adapter->sendMessage((new MetaMTA\EmailMessage())->setTextBody('second')));
$adapter->setFailTemporarily();
// Permanent wins while both are set.
throws(fn() => $adapter->sendMessage(new MetaMTA\EmailMessage()));
$adapter->setFailPermanently(false);
throws(fn() => $adapter->sendMessage(new MetaMTA\SMSMessage()));
var_dump($adapter->getBody());

$adapter->setFailTemporarily(false);
$adapter->sendMessage((new MetaMTA\EmailMessage())->setTextBody('third'));
var_dump($adapter->getBody());

try {
    $adapter->setFailPermanently(true)->sendMessage(new MetaMTA\EmailMessage());
} catch (MetaMTA\PermanentFailureException $e) {
    var_dump($e instanceof MetaMTA\RuntimeException, $e instanceof MetaMTA\Exception);
}
?>
--EXPECT--
bool(true)
MetaMTA\PermanentFailureException: Unit Test (Permanent)
MetaMTA\PermanentFailureException: Unit Test (Permanent)
MetaMTA\RuntimeException: Unit Test (Temporary)
string(5) "first"
string(5) "third"
bool(true)
bool(true)
