--TEST--
PostmarkAdapter: var_dump(), print_r() and var_export() never show the access token
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\PostmarkAdapter();
$adapter->setKey('postmark-1')->setOptions(['access-token' => 'pm-secret-token', 'message-stream' => 'outbound',
    'inbound-addresses' => ['10.0.0.0/8']] + $adapter->newDefaultOptions());
var_dump($adapter);
ob_start();
print_r($adapter);
var_export($adapter);
debug_zval_dump($adapter);
echo json_encode($adapter), serialize((array) $adapter);
var_dump(str_contains(ob_get_clean(), 'pm-secret-token'));
// The caller still reads its own option back.
var_dump($adapter->getOption('access-token'));
?>
--EXPECT--
object(MetaMTA\PostmarkAdapter)#1 (7) {
  ["type"]=>
  string(8) "postmark"
  ["key"]=>
  string(10) "postmark-1"
  ["priority"]=>
  NULL
  ["media"]=>
  NULL
  ["supportsInbound"]=>
  bool(true)
  ["supportsOutbound"]=>
  bool(true)
  ["options"]=>
  array(5) {
    ["access-token"]=>
    string(10) "[redacted]"
    ["message-stream"]=>
    string(8) "outbound"
    ["inbound-addresses"]=>
    array(1) {
      [0]=>
      string(10) "10.0.0.0/8"
    }
    ["base-uri"]=>
    NULL
    ["timeout"]=>
    int(60)
  }
}
bool(false)
string(15) "pm-secret-token"
