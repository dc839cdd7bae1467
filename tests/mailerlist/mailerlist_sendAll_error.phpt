--TEST--
MailerList::sendAll(): concurrency range and non-message elements are rejected before anything is sent
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/flaky.inc';
require __DIR__ . '/../utils/tools.inc';
$list = MetaMTA\MailerList::fromConfig([['key' => 'ok', 'type' => 'flaky']]);
throws(fn() => $list->sendAll([flaky_message()], 0));
throws(fn() => $list->sendAll([flaky_message()], 1001));
throws(fn() => $list->sendAll([flaky_message(), 'x']));
echo count(FlakyAdapter::$log), "\n";
throws(fn() => new MetaMTA\SendResult());
?>
--EXPECT--
ValueError: MetaMTA\MailerList::sendAll(): Argument #2 ($concurrency) must be between 1 and 1000, 0 given
ValueError: MetaMTA\MailerList::sendAll(): Argument #2 ($concurrency) must be between 1 and 1000, 1001 given
TypeError: MetaMTA\MailerList::sendAll(): Argument #1 ($messages) must contain only MetaMTA\ExternalMessage objects, string given
0
Error: Call to private MetaMTA\SendResult::__construct() from global scope
