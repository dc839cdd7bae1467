--TEST--
SendGridAdapter: var_dump(), print_r() and var_export() never show the API key
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\SendGridAdapter();
$adapter->setKey('sendgrid-1')->setOptions(['api-key' => 'SG.secret-key-42'] + $adapter->newDefaultOptions());
var_dump($adapter);
ob_start();
print_r($adapter);
var_export($adapter);
debug_zval_dump($adapter);
echo json_encode($adapter), serialize((array) $adapter);
var_dump(str_contains(ob_get_clean(), 'SG.secret-key-42'));
var_dump($adapter->getOption('api-key'));
?>
--EXPECT--
object(MetaMTA\SendGridAdapter)#1 (7) {
  ["type"]=>
  string(8) "sendgrid"
  ["key"]=>
  string(10) "sendgrid-1"
  ["priority"]=>
  NULL
  ["media"]=>
  NULL
  ["supportsInbound"]=>
  bool(true)
  ["supportsOutbound"]=>
  bool(true)
  ["options"]=>
  array(3) {
    ["api-key"]=>
    string(10) "[redacted]"
    ["base-uri"]=>
    NULL
    ["timeout"]=>
    int(60)
  }
}
bool(false)
string(16) "SG.secret-key-42"
