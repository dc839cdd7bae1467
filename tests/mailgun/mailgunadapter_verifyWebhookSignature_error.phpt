--TEST--
MailgunAdapter::verifyWebhookSignature() throws for an empty or missing key and for a window that cannot work
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
$sig = sign($ts, $token, "");
$defaults = ["domain" => "mg.example.com"] + (new MailgunAdapter())->newDefaultOptions();
throws(fn() => (new MailgunAdapter())->verifyWebhookSignature($ts, $token, $sig, 300, NOW));
throws(fn() => (new MailgunAdapter())->setOptions(["api-key" => ""] + $defaults)->verifyWebhookSignature($ts, $token, $sig, 300, NOW));
throws(fn() => (new MailgunAdapter())->setOptions(["api-key" => "key-api", "webhook-signing-key" => ""] + $defaults)
    ->verifyWebhookSignature($ts, $token, $sig, 300, NOW));
throws(fn() => $adapter->verifyWebhookSignature($ts, $token, $sig, 0, NOW));
throws(fn() => $adapter->verifyWebhookSignature($ts, $token, $sig, -300, NOW));
throws(fn() => $adapter->verifyWebhookSignature($ts, $token, $sig, 300, -1));
throws(fn() => $adapter->verifyWebhookSignature($ts, $token, []));
throws(fn() => $adapter->verifyWebhookSignature($ts, $token));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Mailgun webhook signing key is empty, so every signature would be forgeable
MetaMTA\InvalidArgumentException: Mailgun webhook signing key is empty, so every signature would be forgeable
MetaMTA\InvalidArgumentException: Mailgun webhook signing key is empty, so every signature would be forgeable
MetaMTA\InvalidArgumentException: Mailgun webhook check needs a positive maximum age and a non-negative current time, 0 and 1700000000 given
MetaMTA\InvalidArgumentException: Mailgun webhook check needs a positive maximum age and a non-negative current time, -300 and 1700000000 given
MetaMTA\InvalidArgumentException: Mailgun webhook check needs a positive maximum age and a non-negative current time, 300 and -1 given
TypeError: MetaMTA\MailgunAdapter::verifyWebhookSignature(): Argument #3 ($signature) must be of type string, array given
ArgumentCountError: MetaMTA\MailgunAdapter::verifyWebhookSignature() expects at least 3 arguments, 2 given
