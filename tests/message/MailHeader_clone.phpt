--TEST--
MailHeader: clone is independent; var_dump shows name and value
--EXTENSIONS--
metamta
--FILE--
<?php
$h = new MetaMTA\MailHeader('X-A', 'one');
$c = clone $h;
$c->setValue('two');
var_dump($h, $c);
?>
--EXPECT--
object(MetaMTA\MailHeader)#1 (2) {
  ["name"]=>
  string(3) "X-A"
  ["value"]=>
  string(3) "one"
}
object(MetaMTA\MailHeader)#2 (2) {
  ["name"]=>
  string(3) "X-A"
  ["value"]=>
  string(3) "two"
}
