--TEST--
MailgunAdapter::checkWebhookSignature() returns nothing for a valid, fresh webhook
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailgunAdapter;

const NOW = 1700000000;
$adapter = (new MailgunAdapter())->setOptions(['api-key' => 'key-api', 'domain' => 'mg.example.com',
    'webhook-signing-key' => 'whk-signing'] + (new MailgunAdapter())->newDefaultOptions());
$token = 'f1d2d2f924e986ac86fdf7b36c94bcdf32beec15c5c4c6a1b2';
function sign(string $ts, string $token, string $key = 'whk-signing'): string
{
    return hash_hmac('sha256', $ts . $token, $key);
}
$ts = (string) NOW;
var_dump($adapter->checkWebhookSignature($ts, $token, sign($ts, $token), 300, NOW));
$clock = (string) time();
var_dump($adapter->checkWebhookSignature($clock, $token, sign($clock, $token)));
?>
--EXPECT--
NULL
NULL
