--TEST--
TestAdapter::sendMessage() records an email: keys, order and values of the record
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\EmailAddress;
use MetaMTA\EmailMessage;
use MetaMTA\MailAttachment;
use MetaMTA\MailHeader;

$adapter = new MetaMTA\TestAdapter();
$message = (new EmailMessage())
    ->setFromAddress(new EmailAddress('Ada Lovelace <ada@example.org>'))
    ->setReplyToAddress(new EmailAddress('replies@example.org'))
    ->setToAddresses([new EmailAddress('bob@example.org'), new EmailAddress('"Eve, E." <eve@example.org>')])
    ->setCCAddresses([new EmailAddress('<carol@example.org>')])
    ->setSubject('Hello')
    ->setHeaders([new MailHeader('X-Tag', 'a'), new MailHeader('X-Tag', 'b')])
    ->setTextBody('plain text')
    ->setHTMLBody('<p>html</p>')
    ->setAttachments([new MailAttachment("bytes", 'a.bin', 'application/octet-stream')]);

$adapter->sendMessage($message);
var_dump($adapter->getGuts());
var_dump($adapter->getBody(), $adapter->getHTMLBody());
?>
--EXPECT--
array(10) {
  ["from"]=>
  string(32) ""Ada Lovelace" <ada@example.org>"
  ["reply-to"]=>
  string(19) "replies@example.org"
  ["tos"]=>
  array(2) {
    [0]=>
    string(15) "bob@example.org"
    [1]=>
    string(27) ""Eve, E." <eve@example.org>"
  }
  ["ccs"]=>
  array(1) {
    [0]=>
    string(17) "carol@example.org"
  }
  ["subject"]=>
  string(5) "Hello"
  ["headers"]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(5) "X-Tag"
      [1]=>
      string(1) "a"
    }
    [1]=>
    array(2) {
      [0]=>
      string(5) "X-Tag"
      [1]=>
      string(1) "b"
    }
  }
  ["body"]=>
  string(10) "plain text"
  ["html-body"]=>
  string(11) "<p>html</p>"
  ["attachments"]=>
  array(1) {
    [0]=>
    array(3) {
      ["data"]=>
      string(5) "bytes"
      ["filename"]=>
      string(5) "a.bin"
      ["mimetype"]=>
      string(24) "application/octet-stream"
    }
  }
  ["did-send"]=>
  bool(true)
}
string(10) "plain text"
string(11) "<p>html</p>"
