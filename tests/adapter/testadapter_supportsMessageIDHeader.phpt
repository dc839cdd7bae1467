--TEST--
TestAdapter::supportsMessageIDHeader() is false until setSupportsMessageID() sets it
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\TestAdapter();
var_dump($adapter->supportsMessageIDHeader());
var_dump($adapter->setSupportsMessageID(true) === $adapter);
var_dump($adapter->supportsMessageIDHeader());
$adapter->setSupportsMessageID(false);
var_dump($adapter->supportsMessageIDHeader());
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(false)
