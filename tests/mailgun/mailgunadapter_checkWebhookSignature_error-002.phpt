--TEST--
MailgunAdapter::checkWebhookSignature() throws for an empty key and a bad window, never quoting key or signature
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
$defaults = ["domain" => "mg.example.com"] + (new MailgunAdapter())->newDefaultOptions();
throws(fn() => (new MailgunAdapter())->checkWebhookSignature($ts, $token, sign($ts, $token, ""), 300, NOW));
throws(fn() => (new MailgunAdapter())->setOptions(["api-key" => ""] + $defaults)->checkWebhookSignature($ts, $token, "x", 300, NOW));
throws(fn() => $adapter->checkWebhookSignature($ts, $token, sign($ts, $token), 0, NOW));
throws(fn() => $adapter->checkWebhookSignature($ts, $token, sign($ts, $token), 300, -5));
try {
    $adapter->checkWebhookSignature($ts, $token, sign($ts, $token, "forged"), 300, NOW);
} catch (MetaMTA\InvalidArgumentException $e) {
    $text = $e->getMessage();
    var_dump(str_contains($text, "whk-signing"), str_contains($text, sign($ts, $token)), str_contains($text, sign($ts, $token, "forged")));
}
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Mailgun webhook signing key is empty, so every signature would be forgeable
MetaMTA\InvalidArgumentException: Mailgun webhook signing key is empty, so every signature would be forgeable
MetaMTA\InvalidArgumentException: Mailgun webhook check needs a positive maximum age and a non-negative current time, 0 and 1700000000 given
MetaMTA\InvalidArgumentException: Mailgun webhook check needs a positive maximum age and a non-negative current time, 300 and -5 given
bool(false)
bool(false)
bool(false)
