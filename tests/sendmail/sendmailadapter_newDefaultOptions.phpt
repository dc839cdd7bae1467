--TEST--
SendmailAdapter: type, media and default options
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\SendmailAdapter();
var_dump($adapter->getAdapterType(), MetaMTA\SendmailAdapter::ADAPTERTYPE, $adapter->getSupportedMessageTypes());
var_dump($adapter->newDefaultOptions());
var_dump($adapter->supportsMessageType('email'), $adapter->supportsMessageType('sms'));
?>
--EXPECT--
string(8) "sendmail"
string(8) "sendmail"
array(1) {
  [0]=>
  string(5) "email"
}
array(3) {
  ["message-id"]=>
  NULL
  ["binary"]=>
  NULL
  ["timeout"]=>
  int(60)
}
bool(true)
bool(false)
