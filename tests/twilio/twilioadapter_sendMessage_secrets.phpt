--TEST--
TwilioAdapter: no exception message (nor its string form) contains the auth-token or a base-uri password
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
$dead = tw_mock();
metamta_server_stop($dead);
$stall = tw_mock(['fault' => 'stall']);
$secrets = ['tok-wrong-s3cr3t', 'tok-crlf-s3cr3t', 'hunter2-s3cr3t', TW_TOKEN];
$cases = [
    'wrong token' => fn() => tw_adapter($mock, ['auth-token' => 'tok-wrong-s3cr3t'])->sendMessage(tw_message()),
    'CR/LF token' => fn() => tw_adapter($mock, ['auth-token' => "tok-crlf-s3cr3t\r\n"])->sendMessage(tw_message()),
    'refused' => fn() => tw_adapter($dead)->sendMessage(tw_message()),
    'timeout' => fn() => tw_adapter($stall, ['timeout' => 1])->sendMessage(tw_message()),
    'provider 400' => fn() => tw_adapter($mock)->sendMessage(tw_message('+15005550001')),
    'user-info' => fn() => tw_adapter($mock, ['base-uri' => 'https://' . TW_SID . ':hunter2-s3cr3t@127.0.0.1']),
    'bad option' => fn() => tw_adapter($mock, ['auth-token' => 'tok-wrong-s3cr3t', 'from-number' => 'x']),
];
foreach ($cases as $what => $fn) {
    try {
        $fn();
        echo "$what: no exception\n";
    } catch (Throwable $e) {
        $leaked = [];
        foreach ($secrets as $secret) {
            if (str_contains($e->getMessage() . $e, $secret)) {
                $leaked[] = $secret;
            }
        }
        echo "$what: ", get_class($e), $leaked ? ' LEAKS ' . implode(', ', $leaked) : ', no secret', "\n";
    }
}
?>
--EXPECT--
wrong token: MetaMTA\ProviderException, no secret
CR/LF token: MetaMTA\InvalidArgumentException, no secret
refused: MetaMTA\TransportException, no secret
timeout: MetaMTA\TransportException, no secret
provider 400: MetaMTA\ProviderException, no secret
user-info: MetaMTA\InvalidArgumentException, no secret
bad option: MetaMTA\InvalidArgumentException, no secret
