--TEST--
SMTPAdapter: type, media, default options, and the defaults pass validation
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\SMTPAdapter();
var_dump($a->getAdapterType(), $a->getSupportedMessageTypes(), $a->newDefaultOptions());
var_dump($a->setOptions($a->newDefaultOptions()) === $a);
var_dump(MetaMTA\MailAdapter::getAllAdapters()['smtp'] instanceof MetaMTA\SMTPAdapter);
?>
--EXPECT--
string(4) "smtp"
array(1) {
  [0]=>
  string(5) "email"
}
array(7) {
  ["host"]=>
  NULL
  ["port"]=>
  int(25)
  ["user"]=>
  NULL
  ["password"]=>
  NULL
  ["protocol"]=>
  NULL
  ["message-id"]=>
  NULL
  ["timeout"]=>
  int(60)
}
bool(true)
bool(true)
