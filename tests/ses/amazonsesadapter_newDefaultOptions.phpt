--TEST--
AmazonSESAdapter: type, media, default options and Message-ID support
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\AmazonSESAdapter();
var_dump($adapter->getAdapterType(), $adapter->getSupportedMessageTypes(), $adapter->newDefaultOptions(),
    $adapter->supportsMessageIDHeader(), $adapter->supportsMessageType('sms'));
?>
--EXPECT--
string(3) "ses"
array(1) {
  [0]=>
  string(5) "email"
}
array(7) {
  ["access-key"]=>
  NULL
  ["secret-key"]=>
  NULL
  ["region"]=>
  NULL
  ["endpoint"]=>
  NULL
  ["session-token"]=>
  NULL
  ["base-uri"]=>
  NULL
  ["timeout"]=>
  int(60)
}
bool(false)
bool(false)
