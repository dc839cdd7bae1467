--TEST--
AmazonSNSAdapter: type, media and default options; endpoint and region are checked
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$adapter = new MetaMTA\AmazonSNSAdapter();
var_dump($adapter->getAdapterType(), $adapter->getSupportedMessageTypes(), array_keys($adapter->newDefaultOptions()));
$good = ['access-key' => 'AKID', 'secret-key' => 'secret', 'region' => 'us-east-1',
    'endpoint' => 'sns.us-east-1.amazonaws.com'] + $adapter->newDefaultOptions();
throws(fn() => $adapter->setOptions(['endpoint' => 'sns.us-east-1.amazonaws.com:443'] + $good));
throws(fn() => $adapter->setOptions(['region' => 'us_east_1'] + $good));
?>
--EXPECT--
string(3) "sns"
array(1) {
  [0]=>
  string(3) "sms"
}
array(7) {
  [0]=>
  string(10) "access-key"
  [1]=>
  string(10) "secret-key"
  [2]=>
  string(6) "region"
  [3]=>
  string(8) "endpoint"
  [4]=>
  string(13) "session-token"
  [5]=>
  string(8) "base-uri"
  [6]=>
  string(7) "timeout"
}
MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'sns.us-east-1.amazonaws.com:443' given
MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), 'us_east_1' given
