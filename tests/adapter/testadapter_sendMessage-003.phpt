--TEST--
TestAdapter::sendMessage() records an SMS: the PhoneNumber object itself and the body
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\TestAdapter();
$number = new MetaMTA\PhoneNumber('(555) 555-0100');
$adapter->sendMessage((new MetaMTA\SMSMessage())->setToNumber($number)->setTextBody('Your code is 1234'));
$guts = $adapter->getGuts();
var_dump(array_keys($guts));
var_dump($guts['to'] === $number, $guts['to']->toE164(), $guts['body'], $guts['did-send']);
var_dump($adapter->getBody(), $adapter->getHTMLBody());

$adapter->sendMessage((new MetaMTA\SMSMessage())->setToNumber($number));
var_dump($adapter->getGuts()['body'], $adapter->getBody());
?>
--EXPECT--
array(3) {
  [0]=>
  string(2) "to"
  [1]=>
  string(4) "body"
  [2]=>
  string(8) "did-send"
}
bool(true)
string(12) "+15555550100"
string(17) "Your code is 1234"
bool(true)
string(17) "Your code is 1234"
NULL
NULL
NULL
