--TEST--
MailAdapter::getAdapterType() returns the ADAPTERTYPE constant of the concrete class
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/userland.inc';

var_dump((new MetaMTA\TestAdapter())->getAdapterType());
var_dump(MetaMTA\TestAdapter::ADAPTERTYPE);
var_dump((new DemoAdapter())->getAdapterType());
?>
--EXPECT--
string(4) "test"
string(4) "test"
string(4) "demo"
