--TEST--
MailgunAdapter::checkWebhookSignature() says why a webhook is refused: signature, stale, future, malformed timestamp
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
throws(fn() => $adapter->checkWebhookSignature($ts, $token, sign($ts, $token, "other-key"), 300, NOW));
throws(fn() => $adapter->checkWebhookSignature($ts, $token, strtoupper($sig), 300, NOW));
throws(fn() => $adapter->checkWebhookSignature($ts, $token, $sig . "\0", 300, NOW));
throws(fn() => $adapter->checkWebhookSignature($ts, $token, $sig, 300, NOW + 301));
throws(fn() => $adapter->checkWebhookSignature($ts, $token, $sig, 300, NOW - 301));
throws(fn() => $adapter->checkWebhookSignature($ts, $token, $sig, 60, NOW - 61));
throws(fn() => $adapter->checkWebhookSignature("1.7e9", $token, sign("1.7e9", $token), 300, NOW));
throws(fn() => $adapter->checkWebhookSignature("17\r\n00", $token, $sig, 300, NOW));
throws(fn() => $adapter->checkWebhookSignature("", $token, $sig, 300, NOW));
// A stale request with a forged signature is reported as forged: "stale" is only said of an authentic one.
throws(fn() => $adapter->checkWebhookSignature($ts, $token, str_repeat("0", 64), 300, NOW + 9999));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Mailgun webhook signature is not valid; check the webhook signing key
MetaMTA\InvalidArgumentException: Mailgun webhook signature is not valid; check the webhook signing key
MetaMTA\InvalidArgumentException: Mailgun webhook signature is not valid; check the webhook signing key
MetaMTA\InvalidArgumentException: Mailgun webhook timestamp 1700000000 is 301 seconds old, more than the allowed 300
MetaMTA\InvalidArgumentException: Mailgun webhook timestamp 1700000000 is 301 seconds in the future, more than the allowed 300
MetaMTA\InvalidArgumentException: Mailgun webhook timestamp 1700000000 is 61 seconds in the future, more than the allowed 60
MetaMTA\InvalidArgumentException: Mailgun webhook timestamp must be decimal seconds, '1.7e9' given
MetaMTA\InvalidArgumentException: Mailgun webhook timestamp must be decimal seconds, '17\r\n00' given
MetaMTA\InvalidArgumentException: Mailgun webhook timestamp must be decimal seconds, '' given
MetaMTA\InvalidArgumentException: Mailgun webhook signature is not valid; check the webhook signing key
