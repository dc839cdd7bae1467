--TEST--
TestAdapter::sendMessage() refuses a message class it cannot record, and keeps the previous record
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

final class FaxMessage extends MetaMTA\ExternalMessage
{
    const MESSAGETYPE = 'fax';
}

$adapter = new MetaMTA\TestAdapter();
$adapter->sendMessage((new MetaMTA\EmailMessage())->setTextBody('kept'));
throws(fn() => $adapter->sendMessage(new FaxMessage()));
throws(fn() => $adapter->sendMessage(new stdClass()));
var_dump($adapter->getBody());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: TestAdapter can not send a message of class 'FaxMessage'; it sends EmailMessage and SMSMessage only.
TypeError: MetaMTA\TestAdapter::sendMessage(): Argument #1 ($message) must be of type MetaMTA\ExternalMessage, stdClass given
string(4) "kept"
