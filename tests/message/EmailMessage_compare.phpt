--TEST--
EmailMessage and SMSMessage: only identity compares equal
--EXTENSIONS--
metamta
--FILE--
<?php
$m = new MetaMTA\EmailMessage();
var_dump($m == $m, $m == new MetaMTA\EmailMessage(), new MetaMTA\SMSMessage() == new MetaMTA\SMSMessage());
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
