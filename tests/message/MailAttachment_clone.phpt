--TEST--
MailAttachment: clone is independent; var_dump shows the fields
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\MailAttachment('abc', 'f.txt', 'text/plain');
$c = clone $a;
$c->setData('other')->setFilename('g.txt')->setMimeType('text/csv');
var_dump($a, $c);
?>
--EXPECT--
object(MetaMTA\MailAttachment)#1 (5) {
  ["data"]=>
  string(3) "abc"
  ["filename"]=>
  string(5) "f.txt"
  ["mimetype"]=>
  string(10) "text/plain"
  ["contentID"]=>
  NULL
  ["inline"]=>
  bool(false)
}
object(MetaMTA\MailAttachment)#2 (5) {
  ["data"]=>
  string(5) "other"
  ["filename"]=>
  string(5) "g.txt"
  ["mimetype"]=>
  string(8) "text/csv"
  ["contentID"]=>
  NULL
  ["inline"]=>
  bool(false)
}
