--TEST--
ExternalMessage::getMessageType(): a subclass without a string MESSAGETYPE fails
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
class NoTypeMessage extends MetaMTA\ExternalMessage {}
class IntTypeMessage extends MetaMTA\ExternalMessage { const MESSAGETYPE = 3; }
throws(fn() => (new NoTypeMessage)->getMessageType());
throws(fn() => (new IntTypeMessage)->getMessageType());
?>
--EXPECT--
Error: Undefined constant NoTypeMessage::MESSAGETYPE
TypeError: IntTypeMessage::MESSAGETYPE must be of type string, int given
