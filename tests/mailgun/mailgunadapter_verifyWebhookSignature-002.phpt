--TEST--
MailgunAdapter::verifyWebhookSignature() returns false for a wrong, upper-case, NUL-carrying, short or long signature, a stale or future timestamp and a malformed timestamp
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
$cases = [
    "wrong signature" => [$ts, $token, sign($ts, $token, "other-key")],
    "other token" => [$ts, $token . "x", $sig],
    "other timestamp" => [(string) (NOW + 1), $token, $sig],
    "upper-case hex" => [$ts, $token, strtoupper($sig)],
    "NUL inside" => [$ts, $token, substr($sig, 0, 20) . "\0" . substr($sig, 21)],
    "NUL appended" => [$ts, $token, $sig . "\0"],
    "NUL in token" => [$ts, substr($token, 0, 5) . "\0" . substr($token, 5), $sig],
    "truncated" => [$ts, $token, substr($sig, 0, 63)],
    "empty" => [$ts, $token, ""],
    "raw binary HMAC" => [$ts, $token, hash_hmac("sha256", $ts . $token, "whk-signing", true)],
    "signed with api-key" => [$ts, $token, sign($ts, $token, "key-api")],
];
foreach ($cases as $what => [$t, $k, $s]) {
    echo str_pad($what, 26), var_export($adapter->verifyWebhookSignature($t, $k, $s, 300, NOW), true), "\n";
}
echo str_pad("stale by 1 s", 26), var_export($adapter->verifyWebhookSignature($ts, $token, $sig, 300, NOW + 301), true), "\n";
echo str_pad("future by 301 s", 26), var_export($adapter->verifyWebhookSignature($ts, $token, $sig, 300, NOW - 301), true), "\n";
echo str_pad("future, small window", 26), var_export($adapter->verifyWebhookSignature($ts, $token, $sig, 10, NOW - 11), true), "\n";
foreach (["", " $ts", "$ts ", "+$ts", "-5", "1.7e9", "0x6553f100", "17000000000000000000000", "$ts\n"] as $bad) {
    echo str_pad(json_encode($bad), 26), var_export($adapter->verifyWebhookSignature($bad, $token, sign($bad, $token), 300, NOW), true), "\n";
}
?>
--EXPECT--
wrong signature           false
other token               false
other timestamp           false
upper-case hex            false
NUL inside                false
NUL appended              false
NUL in token              false
truncated                 false
empty                     false
raw binary HMAC           false
signed with api-key       false
stale by 1 s              false
future by 301 s           false
future, small window      false
""                        false
" 1700000000"             false
"1700000000 "             false
"+1700000000"             false
"-5"                      false
"1.7e9"                   false
"0x6553f100"              false
"17000000000000000000000" false
"1700000000\n"            false
