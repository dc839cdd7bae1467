--TEST--
MailAdapter::supportsMessageType(): native types, narrowed by a non-empty media list
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/userland.inc';

$test = new MetaMTA\TestAdapter();
var_dump($test->getSupportedMessageTypes());
var_dump($test->supportsMessageType('email'), $test->supportsMessageType('sms'), $test->supportsMessageType('fax'));

echo "media [sms]\n";
$test->setMedia(['sms']);
var_dump($test->supportsMessageType('email'), $test->supportsMessageType('sms'));

echo "media [] means no restriction\n";
$test->setMedia([]);
var_dump($test->supportsMessageType('email'), $test->supportsMessageType('sms'));

echo "userland, email only\n";
$demo = new DemoAdapter();
var_dump($demo->supportsMessageType('email'), $demo->supportsMessageType('sms'));
var_dump($demo->supportsMessageIDHeader());
?>
--EXPECT--
array(2) {
  [0]=>
  string(5) "email"
  [1]=>
  string(3) "sms"
}
bool(true)
bool(true)
bool(false)
media [sms]
bool(false)
bool(true)
media [] means no restriction
bool(true)
bool(true)
userland, email only
bool(true)
bool(false)
bool(false)
