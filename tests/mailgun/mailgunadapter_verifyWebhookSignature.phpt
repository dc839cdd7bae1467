--TEST--
MailgunAdapter::verifyWebhookSignature() accepts a valid signature inside the window, up to its edges, and with the clock as now
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
$sig = sign($ts, $token);
var_dump($adapter->verifyWebhookSignature($ts, $token, $sig, 300, NOW));
var_dump($adapter->verifyWebhookSignature($ts, $token, $sig, 300, NOW + 300));    // exactly max age old
var_dump($adapter->verifyWebhookSignature($ts, $token, $sig, 300, NOW - 300));    // 300 s ahead: clock skew
var_dump($adapter->verifyWebhookSignature($ts, $token, $sig, 86400, NOW + 86400)); // a wider window
var_dump($adapter->verifyWebhookSignature($ts, "", sign($ts, ""), 300, NOW));       // an empty token is still signed
$binary = "tok\0en\xff";
var_dump($adapter->verifyWebhookSignature($ts, $binary, sign($ts, $binary), 300, NOW));
$clock = (string) time();
var_dump($adapter->verifyWebhookSignature($clock, $token, sign($clock, $token)));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
