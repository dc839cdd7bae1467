--TEST--
PostmarkAdapter::sendMessage(): a proxy's HTML 502 page is a retryable ProviderException with a short escaped excerpt
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start(['fault' => '502-html']);
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'pm-token']);
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()));
?>
--EXPECT--
MetaMTA\ProviderException: Postmark request failed with HTTP status 502: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></c'...
  httpStatus=502 providerCode=NULL retryable=true
  providerMessage=NULL
