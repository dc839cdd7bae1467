--TEST--
SendGridAdapter: type, media, Message-ID support and the default options
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\SendGridAdapter();
var_dump($adapter->getAdapterType(), $adapter->getSupportedMessageTypes(), $adapter->supportsMessageIDHeader());
var_dump($adapter->supportsMessageType('email'), $adapter->supportsMessageType('sms'));
var_dump($adapter->newDefaultOptions());
?>
--EXPECT--
string(8) "sendgrid"
array(1) {
  [0]=>
  string(5) "email"
}
bool(false)
bool(true)
bool(false)
array(3) {
  ["api-key"]=>
  NULL
  ["base-uri"]=>
  NULL
  ["timeout"]=>
  int(60)
}
