--TEST--
MailgunAdapter: no exception message (nor its string form) contains the api-key, the signing key or a base-uri password
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock();
$dead = mg_mock();
metamta_server_stop($dead);
$stall = mg_mock(['fault' => 'stall']);
$secrets = ['key-wrong-s3cr3t', "key-crlf-s3cr3t\r\n", 'whk-s3cr3t', 'hunter2-s3cr3t', MG_KEY];
$cases = [
    'wrong key' => fn() => mg_adapter($mock, ['api-key' => 'key-wrong-s3cr3t'])->sendMessage(mg_message()),
    'CR/LF key' => fn() => mg_adapter($mock, ['api-key' => "key-crlf-s3cr3t\r\n"])->sendMessage(mg_message()),
    'refused' => fn() => mg_adapter($dead)->sendMessage(mg_message()),
    'timeout' => fn() => mg_adapter($stall, ['timeout' => 1])->sendMessage(mg_message()),
    'user-info' => fn() => mg_adapter($mock, ['base-uri' => 'https://api:hunter2-s3cr3t@127.0.0.1']),
    'host user-info' => fn() => mg_adapter($mock, ['api-hostname' => 'api:hunter2-s3cr3t@127.0.0.1']),
    'bad option' => fn() => mg_adapter($mock, ['api-key' => 'key-wrong-s3cr3t', 'timeout' => 0]),
    'forged webhook' => fn() => mg_adapter($mock, ['webhook-signing-key' => 'whk-s3cr3t'])
        ->checkWebhookSignature('1700000000', 'tok', str_repeat('a', 64), 300, 1700000000),
];
foreach ($cases as $what => $fn) {
    try {
        $fn();
        echo "$what: no exception\n";
    } catch (Throwable $e) {
        $leaked = [];
        foreach ($secrets as $secret) {
            if (str_contains($e->getMessage() . $e, trim($secret))) {
                $leaked[] = trim($secret);
            }
        }
        echo "$what: ", get_class($e), $leaked ? ' LEAKS ' . implode(', ', $leaked) : ', no secret', "\n";
    }
}
?>
--EXPECT--
wrong key: MetaMTA\ProviderException, no secret
CR/LF key: MetaMTA\InvalidArgumentException, no secret
refused: MetaMTA\TransportException, no secret
timeout: MetaMTA\TransportException, no secret
user-info: MetaMTA\InvalidArgumentException, no secret
host user-info: MetaMTA\InvalidArgumentException, no secret
bad option: MetaMTA\InvalidArgumentException, no secret
forged webhook: MetaMTA\InvalidArgumentException, no secret
