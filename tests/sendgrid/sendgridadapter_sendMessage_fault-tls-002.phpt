--TEST--
SendGridAdapter::sendMessage() refuses an expired, wrong-host or self-signed server certificate
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

foreach (['expired', 'wrong-host', 'self-signed'] as $cert) {
    $mock = metamta_mock_start(['cert' => $cert]);
    $adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.key']);
    metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()), ['BASE' => $mock['base_uri']]);
    echo count(metamta_mock_requests($mock)), " requests\n";
    metamta_server_stop($mock);
}
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to BASE failed: SSL certificate problem: certificate has expired.
  retryable=true outcomeUnknown=false
0 requests
MetaMTA\TransportException: The HTTP request to BASE failed: SSL: no alternative certificate subject name matches target host name '127.0.0.1'.
  retryable=true outcomeUnknown=false
0 requests
MetaMTA\TransportException: The HTTP request to BASE failed: SSL certificate problem: self-signed certificate.
  retryable=true outcomeUnknown=false
0 requests
