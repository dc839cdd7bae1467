--TEST--
AmazonSESAdapter::sendMessage(): refuses an SMS, a message without recipients and one over 10 MB before sending
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/ses.inc';
require __DIR__ . '/../utils/tools.inc';
$mock = metamta_mock_start();
$adapter = ses_adapter($mock);
throws(fn() => $adapter->sendMessage((new MetaMTA\SMSMessage())->setToNumber(new MetaMTA\PhoneNumber('+14155550100'))));
throws(fn() => $adapter->sendMessage(ses_message()->setToAddresses([])));
throws(fn() => $adapter->sendMessage(ses_message()->setTextBody(str_repeat('x', 10 * 1024 * 1024 + 1))));
throws(fn() => $adapter->sendMessage(ses_message()->setAttachments([
    new MetaMTA\MailAttachment(str_repeat("\0", 8 * 1024 * 1024), 'a.bin', 'application/octet-stream')])));
throws(fn() => (new MetaMTA\AmazonSESAdapter())->sendMessage(ses_message()));
var_dump(metamta_mock_stats($mock)['requests']);
?>
--EXPECT--
MetaMTA\InvalidArgumentException: MetaMTA\AmazonSESAdapter can only send email messages, MetaMTA\SMSMessage given
MetaMTA\InvalidArgumentException: Amazon SES message has no recipients (To or Cc)
MetaMTA\InvalidArgumentException: Amazon SES raw message is too large: at least 10485761 bytes before base64, at most 10485760 (10 MB) are allowed
MetaMTA\InvalidArgumentException: Amazon SES raw message is too large: 11479747 bytes before base64, at most 10485760 (10 MB) are allowed
MetaMTA\InvalidArgumentException: Amazon SES access-key must not be empty
int(0)
