--TEST--
AmazonSESAdapter: var_dump and var_export show neither the secret key nor the session token
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\AmazonSESAdapter();
$adapter->setOptions(['access-key' => 'AKIDEXAMPLE', 'secret-key' => 'TOP/SECRET+key', 'region' => 'us-east-1',
    'endpoint' => 'email.us-east-1.amazonaws.com', 'session-token' => 'SESSION-TOKEN-VALUE']
    + $adapter->newDefaultOptions());
ob_start();
var_dump($adapter);
var_export($adapter);
print_r($adapter);
$out = ob_get_clean();
var_dump(str_contains($out, 'TOP/SECRET+key'), str_contains($out, 'SESSION-TOKEN-VALUE'), str_contains($out, 'us-east-1'));
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
