--TEST--
MailAttachment: a Content-ID makes the attachment inline; the inline flag can be set alone
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\MailAttachment('png', 'logo.png', 'image/png');
var_dump($a->getContentID(), $a->isInline());
var_dump($a->setContentID('logo.png@example.org') === $a);
var_dump($a->getContentID(), $a->isInline());
$b = clone $a;
var_dump($a->setContentID(null)->getContentID(), $a->isInline());
var_dump($a->setInline(false)->isInline(), $a->setInline()->isInline());
var_dump($b->getContentID(), $b->isInline());
var_dump($b);
?>
--EXPECT--
NULL
bool(false)
bool(true)
string(20) "logo.png@example.org"
bool(true)
NULL
bool(true)
bool(false)
bool(true)
string(20) "logo.png@example.org"
bool(true)
object(MetaMTA\MailAttachment)#2 (5) {
  ["data"]=>
  string(3) "png"
  ["filename"]=>
  string(8) "logo.png"
  ["mimetype"]=>
  string(9) "image/png"
  ["contentID"]=>
  string(20) "logo.png@example.org"
  ["inline"]=>
  bool(true)
}
