--TEST--
MailAdapter::getOption() with a key that was not stored names the class and the key
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/userland.inc';

$adapter = new DemoAdapter();
throws(fn() => $adapter->getOption('host'));
$adapter->setOptions(['api-key' => 'k'] + $adapter->newDefaultOptions());
throws(fn() => $adapter->getOption('hostname'));
throws(fn() => $adapter->getOption("ho\nst\0"));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Adapter class 'DemoAdapter' has no option 'host'.
validateOptions(api-key, host, port, inbound-addresses, message-id)
MetaMTA\InvalidArgumentException: Adapter class 'DemoAdapter' has no option 'hostname'.
MetaMTA\InvalidArgumentException: Adapter class 'DemoAdapter' has no option 'ho\nst\0'.
