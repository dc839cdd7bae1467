--TEST--
PostmarkAdapter: type, media, Message-ID support and the default options (Postmark's four inbound ranges)
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\PostmarkAdapter();
var_dump($adapter->getAdapterType(), $adapter->getSupportedMessageTypes(), $adapter->supportsMessageIDHeader());
var_dump($adapter->supportsMessageType('email'), $adapter->supportsMessageType('sms'));
var_dump($adapter->newDefaultOptions());
?>
--EXPECT--
string(8) "postmark"
array(1) {
  [0]=>
  string(5) "email"
}
bool(false)
bool(true)
bool(false)
array(5) {
  ["access-token"]=>
  NULL
  ["inbound-addresses"]=>
  array(4) {
    [0]=>
    string(14) "50.31.156.6/32"
    [1]=>
    string(15) "50.31.156.77/32"
    [2]=>
    string(16) "18.217.206.57/32"
    [3]=>
    string(16) "3.134.147.250/32"
  }
  ["message-stream"]=>
  NULL
  ["base-uri"]=>
  NULL
  ["timeout"]=>
  int(60)
}
