--TEST--
MailgunAdapter::sendMessage() refuses an incomplete message before sending anything
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';
use MetaMTA\{EmailAddress, EmailMessage};

$mock = mg_mock();
$adapter = mg_adapter($mock);
$from = new EmailAddress('from@example.com');
$to = [new EmailAddress('to@example.com')];
metamta_report(fn() => $adapter->sendMessage((new EmailMessage())->setToAddresses($to)->setTextBody('x')));
metamta_report(fn() => $adapter->sendMessage((new EmailMessage())->setFromAddress($from)->setTextBody('x')));
metamta_report(fn() => $adapter->sendMessage((new EmailMessage())->setFromAddress($from)->setCCAddresses($to)->setTextBody('x')));
$many = [];
for ($i = 0; $i < 1001; $i++) {
    $many[] = new EmailAddress("r$i@example.com");
}
metamta_report(fn() => $adapter->sendMessage((new EmailMessage())->setFromAddress($from)->setToAddresses($many)->setTextBody('x')));
var_dump(metamta_mock_requests($mock));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Mailgun message has no From address
MetaMTA\InvalidArgumentException: Mailgun message has no recipients (To or Cc)
MetaMTA\InvalidArgumentException: Mailgun message has no To recipient (Mailgun requires one)
MetaMTA\InvalidArgumentException: Mailgun message has 1001 recipients (To and Cc), at most 1000 are allowed
array(0) {
}
