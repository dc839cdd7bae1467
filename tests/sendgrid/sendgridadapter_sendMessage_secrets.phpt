--TEST--
SendGridAdapter::sendMessage(): the API key appears in no exception message or trace, whatever fails
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

const KEY = 'SG.SECRET-7f3a9c';
$mock = metamta_mock_start(['credentials' => ['sendgrid' => KEY], 'stall_seconds' => 30]);
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => KEY]);
$stalling = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => KEY, 'timeout' => 1]);
$wrong = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => KEY . 'x']);
$refused = new MetaMTA\SendGridAdapter();
$refused->setOptions(['api-key' => KEY, 'base-uri' => 'https://' . metamta_refused_address()]
    + $refused->newDefaultOptions());
$reserved = metamta_simple_message()->setHeaders([new MetaMTA\MailHeader('To', 'x@example.com')]);

$cases = [
    'no recipients' => fn() => $adapter->sendMessage(metamta_simple_message()->setToAddresses([])),
    'wrong key' => fn() => $wrong->sendMessage(metamta_simple_message()),
    'reserved header' => fn() => $adapter->sendMessage($reserved),
    'refused' => fn() => $refused->sendMessage(metamta_simple_message()),
];
foreach (['500', '502-html', 'malformed-json', 'truncated', 'reset', 'close-before-response'] as $fault) {
    $cases[$fault] = function () use ($mock, $adapter, $fault) {
        metamta_mock_queue_faults($mock, [$fault]);
        $adapter->sendMessage(metamta_simple_message());
    };
}
$cases['stall'] = function () use ($mock, $adapter, $stalling) {
    $adapter->sendMessage(metamta_simple_message()); // a warm connection: no handshake in the 1 s budget
    metamta_mock_queue_faults($mock, ['stall']);
    $stalling->sendMessage(metamta_simple_message());
};
$cases['wrong CA'] = function () use ($mock, $adapter) {
    ini_set('metamta.cainfo', dirname($mock['cafile']) . '/other-ca.pem');
    $adapter->sendMessage(metamta_simple_message());
};
foreach ($cases as $name => $case) {
    try {
        $case();
        echo "$name: sent\n";
    } catch (MetaMTA\Exception $e) {
        $text = '';
        for ($x = $e; $x; $x = $x->getPrevious()) {
            $text .= $x->getMessage() . "\n" . $x;
        }
        echo $name, ': ', get_class($e), ' ', str_contains($text, KEY) ? 'LEAKS THE KEY' : 'clean', "\n";
    }
}
?>
--EXPECT--
no recipients: MetaMTA\InvalidArgumentException clean
wrong key: MetaMTA\ProviderException clean
reserved header: MetaMTA\ProviderException clean
refused: MetaMTA\TransportException clean
500: MetaMTA\ProviderException clean
502-html: MetaMTA\ProviderException clean
malformed-json: sent
truncated: MetaMTA\TransportException clean
reset: MetaMTA\TransportException clean
close-before-response: MetaMTA\TransportException clean
stall: MetaMTA\TransportException clean
wrong CA: MetaMTA\TransportException clean
