--TEST--
ExternalMessage::getMessageType() returns static::MESSAGETYPE
--EXTENSIONS--
metamta
--FILE--
<?php
var_dump((new MetaMTA\EmailMessage)->getMessageType(), MetaMTA\EmailMessage::MESSAGETYPE);
var_dump((new MetaMTA\SMSMessage)->getMessageType(), MetaMTA\SMSMessage::MESSAGETYPE);
class PigeonMessage extends MetaMTA\ExternalMessage { const MESSAGETYPE = 'pigeon'; }
var_dump((new PigeonMessage)->getMessageType());
$r = new ReflectionClass(MetaMTA\ExternalMessage::class);
var_dump($r->isAbstract(), $r->getMethod('getMessageType')->isFinal());
var_dump((new ReflectionClass(MetaMTA\EmailMessage::class))->isFinal());
?>
--EXPECT--
string(5) "email"
string(5) "email"
string(3) "sms"
string(3) "sms"
string(6) "pigeon"
bool(true)
bool(true)
bool(true)
