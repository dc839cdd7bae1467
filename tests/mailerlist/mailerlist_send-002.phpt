--TEST--
MailerList::send(): a permanent failure stops at once; an Error is not caught either
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/flaky.inc';
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailerList;

$list = MailerList::fromConfig([
    ['key' => 'gone', 'type' => 'flaky', 'priority' => 2, 'options' => ['mode' => 'permanent']],
    ['key' => 'ok', 'type' => 'flaky'],
]);
throws(fn() => $list->send(flaky_message()));
echo implode(',', FlakyAdapter::$log), "\n";
FlakyAdapter::$log = [];
$list = MailerList::fromConfig([
    ['key' => 'bug', 'type' => 'flaky', 'priority' => 2, 'options' => ['mode' => 'error']],
    ['key' => 'ok', 'type' => 'flaky'],
]);
throws(fn() => $list->send(flaky_message()));
echo implode(',', FlakyAdapter::$log), "\n";
?>
--EXPECT--
MetaMTA\PermanentFailureException: gone refuses forever
gone
Error: bug has a bug
bug
