--TEST--
SendmailAdapter::sendMessage() refuses an address starting with '-' (it could become a sendmail option) before running anything
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/sendmail.inc';

use MetaMTA\EmailAddress;

$out = fake_sendmail_setup();
$adapter = new MetaMTA\SendmailAdapter();
$adapter->setOptions(['binary' => fake_sendmail_path()] + $adapter->newDefaultOptions());

throws(fn() => $adapter->sendMessage(sendmail_test_message()->setToAddresses([new EmailAddress('-oQ/tmp/x@example.com')])));
throws(fn() => $adapter->sendMessage(sendmail_test_message()->setCCAddresses([new EmailAddress('-X/tmp/log@example.com')])));
throws(fn() => $adapter->sendMessage(sendmail_test_message()->setFromAddress(new EmailAddress('-f@example.com'))));
var_dump(fake_sendmail_argv($out));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: To address must not start with '-', '-oQ/tmp/x@example.com' given
MetaMTA\InvalidArgumentException: Cc address must not start with '-', '-X/tmp/log@example.com' given
MetaMTA\InvalidArgumentException: From address must not start with '-', '-f@example.com' given
NULL
