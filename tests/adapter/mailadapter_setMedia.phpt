--TEST--
MailAdapter::setMedia() stores the list as given and getMedia() returns it
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\TestAdapter();
var_dump($adapter->setMedia(['sms', 'email']) === $adapter);
var_dump($adapter->getMedia());
$adapter->setMedia(['x' => 'email']);
var_dump($adapter->getMedia());

// A reference in the list does not let the stored media change later.
$medium = 'sms';
$adapter->setMedia([&$medium]);
$medium = 'fax';
var_dump($adapter->getMedia());
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  string(3) "sms"
  [1]=>
  string(5) "email"
}
array(1) {
  ["x"]=>
  string(5) "email"
}
array(1) {
  [0]=>
  string(3) "sms"
}
