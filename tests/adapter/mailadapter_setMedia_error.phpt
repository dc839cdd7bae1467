--TEST--
MailAdapter::setMedia() rejects media the adapter does not support natively
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/userland.inc';

$test = new MetaMTA\TestAdapter();
$test->setMedia(['email']);
throws(fn() => $test->setMedia(['sms', 'fax']));
throws(fn() => $test->setMedia(["e\r\nmail"]));
throws(fn() => $test->setMedia([1]));
throws(fn() => (new DemoAdapter())->setMedia(['sms']));
// A rejected list leaves the previous one in place.
var_dump($test->getMedia());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Adapter class 'MetaMTA\TestAdapter' does not support medium 'fax'; supported media: email, sms.
MetaMTA\InvalidArgumentException: Adapter class 'MetaMTA\TestAdapter' does not support medium 'e\r\nmail'; supported media: email, sms.
MetaMTA\InvalidArgumentException: Adapter class 'MetaMTA\TestAdapter' does not support a medium of type int; supported media: email, sms.
MetaMTA\InvalidArgumentException: Adapter class 'DemoAdapter' does not support medium 'sms'; supported media: email.
array(1) {
  [0]=>
  string(5) "email"
}
