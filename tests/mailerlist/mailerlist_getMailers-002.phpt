--TEST--
MailerList::getMailers(): mailers of one priority come in a fresh random order on every call (both orders seen over 200 builds)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/flaky.inc';
use MetaMTA\MailerList;

$list = MailerList::fromConfig([
    ['key' => 'P', 'type' => 'test', 'priority' => 7],
    ['key' => 'Q', 'type' => 'test', 'priority' => 7],
    ['key' => 'R', 'type' => 'test'],
    ['key' => 'S', 'type' => 'test', 'priority' => 9],
]);
$seen = [];
for ($i = 0; $i < 200; $i++) {
    $seen[keys($list->getMailers())] = true;
}
ksort($seen);
echo implode("\n", array_keys($seen)), "\n";
?>
--EXPECT--
S P Q R
S Q P R
