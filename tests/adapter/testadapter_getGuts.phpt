--TEST--
TestAdapter::getGuts() is empty, getBody() and getHTMLBody() null, before the first send
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\TestAdapter();
var_dump($adapter->getGuts(), $adapter->getBody(), $adapter->getHTMLBody());
?>
--EXPECT--
array(0) {
}
NULL
NULL
