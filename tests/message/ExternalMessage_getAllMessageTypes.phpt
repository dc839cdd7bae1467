--TEST--
ExternalMessage::getAllMessageTypes() maps each type to a fresh prototype
--EXTENSIONS--
metamta
--FILE--
<?php
$all = MetaMTA\ExternalMessage::getAllMessageTypes();
foreach ($all as $type => $prototype) {
    echo $type, ' => ', get_class($prototype), ' (', $prototype->getMessageType(), ")\n";
}
var_dump(MetaMTA\EmailMessage::getAllMessageTypes()['email'] !== $all['email']);
?>
--EXPECT--
email => MetaMTA\EmailMessage (email)
sms => MetaMTA\SMSMessage (sms)
bool(true)
