--TEST--
PostmarkAdapter::sendMessage() refuses a server its CA bundle does not trust, also on a kept-alive connection
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'pm-token']);
ini_set('metamta.cainfo', dirname($mock['cafile']) . '/other-ca.pem');
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()), ['BASE' => $mock['base_uri']]);
// The right CA again: the same adapter now gets through.
ini_set('metamta.cainfo', $mock['cafile']);
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
// A kept-alive connection verified against one CA is not reused once another CA is set.
ini_set('metamta.cainfo', dirname($mock['cafile']) . '/other-ca.pem');
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()), ['BASE' => $mock['base_uri']]);
echo implode("\n", array_column(metamta_mock_requests($mock), 'verdict')), "\n";
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to BASE failed: SSL certificate problem: unable to get local issuer certificate.
  retryable=true outcomeUnknown=false
sent
MetaMTA\TransportException: The HTTP request to BASE failed: SSL certificate problem: unable to get local issuer certificate.
  retryable=true outcomeUnknown=false
ok
