--TEST--
PostmarkAdapter::sendMessage(): a 200 whose body is cut-off JSON or empty is a ProviderException, not a success
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'pm-token']);
metamta_mock_queue_faults($mock, ['malformed-json', 'empty-body']);
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
?>
--EXPECT--
MetaMTA\ProviderException: Expected JSON response from Postmark: Invalid JSON at offset 43: unterminated string
  httpStatus=200 providerCode=NULL retryable=false
  providerMessage=NULL
MetaMTA\ProviderException: Expected JSON response from Postmark: Invalid JSON at offset 0: unexpected end of input
  httpStatus=200 providerCode=NULL retryable=false
  providerMessage=NULL
