--TEST--
MailerList::getMailers(): types, inbound, outbound and media constraints as the original applies them
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/flaky.inc';
use MetaMTA\MailerList;

$list = MailerList::fromConfig([
    ['key' => 'pm', 'type' => 'postmark', 'options' => ['access-token' => 'x']],
    ['key' => 'in-only', 'type' => 'test', 'outbound' => false],
    ['key' => 'out-only', 'type' => 'test', 'inbound' => false],
    ['key' => 'sms-only', 'type' => 'test', 'media' => ['sms']],
    ['key' => 'fl', 'type' => 'flaky'],
]);
foreach ([
    [],
    ['types' => ['test']],
    ['types' => []],
    ['types' => ['flaky', 'postmark']],
    ['inbound' => true],
    ['inbound' => false],
    ['outbound' => true],
    ['media' => ['sms']],
    ['media' => ['email']],
    ['media' => []],
    ['media' => ['fax', 'sms'], 'outbound' => true, 'types' => ['test']],
] as $c) {
    echo json_encode($c), ': ', keys($list->getMailers($c)), "\n";
}
?>
--EXPECT--
[]: pm in-only out-only sms-only fl
{"types":["test"]}: in-only out-only sms-only
{"types":[]}: 
{"types":["flaky","postmark"]}: pm fl
{"inbound":true}: pm in-only sms-only fl
{"inbound":false}: pm in-only out-only sms-only fl
{"outbound":true}: pm out-only sms-only fl
{"media":["sms"]}: in-only out-only sms-only fl
{"media":["email"]}: pm in-only out-only fl
{"media":[]}: pm in-only out-only sms-only fl
{"media":["fax","sms"],"outbound":true,"types":["test"]}: out-only sms-only
