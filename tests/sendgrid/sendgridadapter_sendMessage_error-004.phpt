--TEST--
SendGridAdapter::sendMessage(): a refused API key is a non-retryable 401 ProviderException with SendGrid's message
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start(['credentials' => ['sendgrid' => 'SG.right']]);
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.wrong']);
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.right']);
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
?>
--EXPECT--
MetaMTA\ProviderException: SendGrid request failed with HTTP status 401: The provided authorization grant is invalid, expired, or revoked
  httpStatus=401 providerCode=NULL retryable=false
  providerMessage='The provided authorization grant is invalid, expired, or revoked'
sent
