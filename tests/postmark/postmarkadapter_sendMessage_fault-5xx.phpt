--TEST--
PostmarkAdapter::sendMessage(): 500, 503 and 429 answers are retryable ProviderExceptions quoting the body
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'pm-token']);
metamta_mock_queue_faults($mock, ['500', '503-retry-after', '429']);
for ($i = 0; $i < 3; $i++) {
    metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
}
?>
--EXPECT--
MetaMTA\ProviderException: Postmark request failed with HTTP status 500: '{"message":"Internal Server Error"}'
  httpStatus=500 providerCode=NULL retryable=true
  providerMessage=NULL
MetaMTA\ProviderException: Postmark request failed with HTTP status 503: '{"message":"Service Unavailable"}'
  httpStatus=503 providerCode=NULL retryable=true
  providerMessage=NULL
MetaMTA\ProviderException: Postmark request failed with HTTP status 429: '{"message":"Too Many Requests"}'
  httpStatus=429 providerCode=NULL retryable=true
  providerMessage=NULL
