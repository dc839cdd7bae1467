--TEST--
PostmarkAdapter::sendMessage(): the access token appears in no exception message or trace, whatever fails
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

const TOKEN = 'pm-SECRET-7f3a9c';
$mock = metamta_mock_start(['credentials' => ['postmark' => TOKEN], 'stall_seconds' => 30]);
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => TOKEN]);
$stalling = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => TOKEN, 'timeout' => 1]);
$wrong = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => TOKEN . 'x']);
$refused = new MetaMTA\PostmarkAdapter();
$refused->setOptions(['access-token' => TOKEN, 'base-uri' => 'https://' . metamta_refused_address()]
    + $refused->newDefaultOptions());
$inactive = metamta_simple_message()->setToAddresses([new MetaMTA\EmailAddress('inactive@example.com')]);

$cases = [
    'no recipients' => fn() => $adapter->sendMessage(metamta_simple_message()->setToAddresses([])),
    'wrong token' => fn() => $wrong->sendMessage(metamta_simple_message()),
    'inactive' => fn() => $adapter->sendMessage($inactive),
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
        echo $name, ': ', get_class($e), ' ', str_contains($text, TOKEN) ? 'LEAKS THE TOKEN' : 'clean', "\n";
    }
}
?>
--EXPECT--
no recipients: MetaMTA\InvalidArgumentException clean
wrong token: MetaMTA\ProviderException clean
inactive: MetaMTA\ProviderException clean
refused: MetaMTA\TransportException clean
500: MetaMTA\ProviderException clean
502-html: MetaMTA\ProviderException clean
malformed-json: MetaMTA\ProviderException clean
truncated: MetaMTA\TransportException clean
reset: MetaMTA\TransportException clean
close-before-response: MetaMTA\TransportException clean
stall: MetaMTA\TransportException clean
wrong CA: MetaMTA\TransportException clean
