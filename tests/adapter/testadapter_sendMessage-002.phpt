--TEST--
TestAdapter::sendMessage() email record: optional keys left out, empty strings count as absent, a send replaces the record
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\EmailMessage;

$adapter = new MetaMTA\TestAdapter();
$adapter->sendMessage(new EmailMessage());
var_dump($adapter->getGuts());

$adapter->sendMessage((new EmailMessage())->setSubject('')->setTextBody('')->setHTMLBody('')
    ->setHeaders([new MetaMTA\MailHeader()]));
var_dump($adapter->getGuts());
var_dump($adapter->getBody(), $adapter->getHTMLBody());
?>
--EXPECT--
array(6) {
  ["from"]=>
  string(0) ""
  ["tos"]=>
  array(0) {
  }
  ["ccs"]=>
  array(0) {
  }
  ["headers"]=>
  array(0) {
  }
  ["attachments"]=>
  array(0) {
  }
  ["did-send"]=>
  bool(true)
}
array(6) {
  ["from"]=>
  string(0) ""
  ["tos"]=>
  array(0) {
  }
  ["ccs"]=>
  array(0) {
  }
  ["headers"]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      NULL
      [1]=>
      NULL
    }
  }
  ["attachments"]=>
  array(0) {
  }
  ["did-send"]=>
  bool(true)
}
NULL
NULL
