--TEST--
EmailMessage: var_dump shows every field
--EXTENSIONS--
metamta
--FILE--
<?php
$m = (new MetaMTA\EmailMessage())
    ->setFromAddress(new MetaMTA\EmailAddress('Ada <ada@example.org>'))
    ->setToAddresses(['to' => new MetaMTA\EmailAddress('b@example.org')])
    ->setHeaders([new MetaMTA\MailHeader('X-A', '1')])
    ->setAttachments([new MetaMTA\MailAttachment('d', 'f.txt', 'text/plain')])
    ->setSubject('Hi')
    ->setHTMLBody('<b>x</b>');
var_dump($m);
?>
--EXPECT--
object(MetaMTA\EmailMessage)#1 (9) {
  ["fromAddress"]=>
  object(MetaMTA\EmailAddress)#2 (3) {
    ["displayName"]=>
    string(3) "Ada"
    ["localPart"]=>
    string(3) "ada"
    ["domainName"]=>
    string(11) "example.org"
  }
  ["replyToAddress"]=>
  NULL
  ["toAddresses"]=>
  array(1) {
    ["to"]=>
    object(MetaMTA\EmailAddress)#3 (3) {
      ["displayName"]=>
      NULL
      ["localPart"]=>
      string(1) "b"
      ["domainName"]=>
      string(11) "example.org"
    }
  }
  ["ccAddresses"]=>
  array(0) {
  }
  ["headers"]=>
  array(1) {
    [0]=>
    object(MetaMTA\MailHeader)#4 (2) {
      ["name"]=>
      string(3) "X-A"
      ["value"]=>
      string(1) "1"
    }
  }
  ["attachments"]=>
  array(1) {
    [0]=>
    object(MetaMTA\MailAttachment)#5 (5) {
      ["data"]=>
      string(1) "d"
      ["filename"]=>
      string(5) "f.txt"
      ["mimetype"]=>
      string(10) "text/plain"
      ["contentID"]=>
      NULL
      ["inline"]=>
      bool(false)
    }
  }
  ["subject"]=>
  string(2) "Hi"
  ["textBody"]=>
  NULL
  ["htmlBody"]=>
  string(8) "<b>x</b>"
}
