--TEST--
MailgunAdapter::verifyWebhookSignature() uses webhook-signing-key when set and falls back to api-key when it is null
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
$bySigning = sign($ts, $token, "whk-signing");
$byApi = sign($ts, $token, "key-api");
var_dump($adapter->verifyWebhookSignature($ts, $token, $bySigning, 300, NOW), $adapter->verifyWebhookSignature($ts, $token, $byApi, 300, NOW));
$fallback = (new MailgunAdapter())->setOptions(["api-key" => "key-api", "domain" => "mg.example.com"] + (new MailgunAdapter())->newDefaultOptions());
var_dump($fallback->verifyWebhookSignature($ts, $token, $bySigning, 300, NOW), $fallback->verifyWebhookSignature($ts, $token, $byApi, 300, NOW));
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
