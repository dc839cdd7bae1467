--TEST--
SMSMessage: number and text, identity kept, clone, var_dump
--EXTENSIONS--
metamta
--FILE--
<?php
$n = new MetaMTA\PhoneNumber('+44 20 7946 0958');
$s = new MetaMTA\SMSMessage();
var_dump($s->getToNumber(), $s->getTextBody());
var_dump($s->setToNumber($n) === $s, $s->setTextBody("hi\nthere") === $s);
var_dump($s->getToNumber() === $n, $s->getTextBody());
$c = clone $s;
$c->setTextBody(null)->setToNumber(new MetaMTA\PhoneNumber('2125550100'));
var_dump($s->getTextBody(), (string)$s->getToNumber());
var_dump($c);
?>
--EXPECT--
NULL
NULL
bool(true)
bool(true)
bool(true)
string(8) "hi
there"
string(8) "hi
there"
string(13) "+442079460958"
object(MetaMTA\SMSMessage)#3 (2) {
  ["toNumber"]=>
  object(MetaMTA\PhoneNumber)#4 (1) {
    ["number"]=>
    string(12) "+12125550100"
  }
  ["textBody"]=>
  NULL
}
