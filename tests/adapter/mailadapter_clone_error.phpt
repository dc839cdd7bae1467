--TEST--
Adapters cannot be cloned, serialized or unserialized
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/userland.inc';

foreach ([new MetaMTA\TestAdapter(), new DemoAdapter()] as $adapter) {
    throws(fn() => clone $adapter);
    throws(fn() => serialize($adapter));
}
throws(fn() => unserialize('O:19:"MetaMTA\TestAdapter":0:{}'));
throws(fn() => unserialize('O:11:"DemoAdapter":0:{}'));
?>
--EXPECT--
Error: Trying to clone an uncloneable object of class MetaMTA\TestAdapter
Exception: Serialization of 'MetaMTA\TestAdapter' is not allowed
Error: Trying to clone an uncloneable object of class DemoAdapter
Exception: Serialization of 'DemoAdapter' is not allowed
Exception: Unserialization of 'MetaMTA\TestAdapter' is not allowed
Exception: Unserialization of 'DemoAdapter' is not allowed
