--TEST--
SMTPAdapter: the password never shows in var_dump, and the adapter cannot be cloned or serialized
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$a = new MetaMTA\SMTPAdapter();
$a->setOptions(['user' => 'me', 'password' => 'hunter2-secret'] + $a->newDefaultOptions());
ob_start();
var_dump($a);
print_r($a);
var_export($a);
$out = ob_get_clean();
var_dump(str_contains($out, 'hunter2'), str_contains($out, '[redacted]'));
throws(fn() => clone $a);
throws(fn() => serialize($a));
?>
--EXPECT--
bool(false)
bool(true)
Error: Trying to clone an uncloneable object of class MetaMTA\SMTPAdapter
Exception: Serialization of 'MetaMTA\SMTPAdapter' is not allowed
