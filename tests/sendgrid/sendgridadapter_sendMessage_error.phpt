--TEST--
SendGridAdapter::sendMessage() refuses messages it cannot send before any request is made
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.key']);
$to = fn(int $n) => array_map(fn($i) => new MetaMTA\EmailAddress("r$i@example.com"), range(1, $n));

throws(fn() => $adapter->sendMessage(new MetaMTA\SMSMessage()));
throws(fn() => $adapter->sendMessage((new MetaMTA\EmailMessage())->setToAddresses($to(1))->setTextBody('x')));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setToAddresses([])));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setToAddresses($to(1000))->setCCAddresses($to(1))));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setSubject("caf\xE9")));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setFromAddress(
    (new MetaMTA\EmailAddress('s@example.com'))->setDisplayName("Ren\xE9"))));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setSubject("Hi\nBcc: evil@example.com")));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setHeaders([new MetaMTA\MailHeader('X-A', "a\0b")])));
throws(fn() => $adapter->sendMessage(metamta_simple_message()->setAttachments([new MetaMTA\MailAttachment('x', 'a.txt', "text/plain\r\nX: y")])));
var_dump(metamta_mock_stats($mock)['requests']);
?>
--EXPECT--
MetaMTA\InvalidArgumentException: MetaMTA\SendGridAdapter can only send email messages, MetaMTA\SMSMessage given
MetaMTA\InvalidArgumentException: SendGrid message has no From address
MetaMTA\InvalidArgumentException: SendGrid message has no recipients (To or Cc)
MetaMTA\InvalidArgumentException: SendGrid message has 1001 recipients (To and Cc), at most 1000 are allowed
MetaMTA\InvalidArgumentException: Subject is not valid UTF-8 (byte 0xE9 at offset 3)
MetaMTA\InvalidArgumentException: From address is not valid UTF-8 (byte 0xE9 at offset 3)
MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'Hi\nBcc: evil@example.com' given
MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'a\0b' given
MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'text/plain\r\nX: y' given
int(0)
