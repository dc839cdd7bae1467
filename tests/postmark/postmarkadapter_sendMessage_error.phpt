--TEST--
PostmarkAdapter::sendMessage() refuses messages it cannot send before any request is made
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'pm-token']);
$to = fn(int $n) => array_map(fn($i) => new MetaMTA\EmailAddress("r$i@example.com"), range(1, $n));

throws(fn() => $adapter->sendMessage(new MetaMTA\SMSMessage()));
throws(fn() => $adapter->sendMessage((new MetaMTA\EmailMessage())->setToAddresses($to(1))->setTextBody('x')));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setToAddresses([])));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setToAddresses($to(40))->setCCAddresses($to(11))));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setSubject("caf\xE9")));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setHTMLBody("<p>\xC3</p>")));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setSubject("Hi\r\nBcc: evil@example.com")));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setHeaders([new MetaMTA\MailHeader('X-A', "a\nBcc: b")])));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setAttachments([new MetaMTA\MailAttachment('x', "a\r.txt", 'text/plain')])));
var_dump(metamta_mock_stats($mock)['requests']);
?>
--EXPECT--
MetaMTA\InvalidArgumentException: MetaMTA\PostmarkAdapter can only send email messages, MetaMTA\SMSMessage given
MetaMTA\InvalidArgumentException: Postmark message has no From address
MetaMTA\InvalidArgumentException: Postmark message has no recipients (To or Cc)
MetaMTA\InvalidArgumentException: Postmark message has 51 recipients (To and Cc), at most 50 are allowed
MetaMTA\InvalidArgumentException: Subject is not valid UTF-8 (byte 0xE9 at offset 3)
MetaMTA\InvalidArgumentException: HTML body is not valid UTF-8 (byte 0xC3 at offset 3)
MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'Hi\r\nBcc: evil@example.com' given
MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'a\nBcc: b' given
MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'a\r.txt' given
int(0)
