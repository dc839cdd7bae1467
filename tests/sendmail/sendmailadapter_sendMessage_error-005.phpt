--TEST--
SendmailAdapter::sendMessage() sends email only, and needs at least one recipient
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/sendmail.inc';

$out = fake_sendmail_setup();
$adapter = new MetaMTA\SendmailAdapter();
$adapter->setOptions(['binary' => fake_sendmail_path()] + $adapter->newDefaultOptions());
throws(fn() => $adapter->sendMessage(new MetaMTA\SMSMessage()));
throws(fn() => $adapter->sendMessage(sendmail_test_message()->setToAddresses([])->setCCAddresses([])));
var_dump(fake_sendmail_argv($out));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: MetaMTA\SendmailAdapter can only send email messages, MetaMTA\SMSMessage given
MetaMTA\InvalidArgumentException: The message has no recipients (no To or Cc address)
NULL
