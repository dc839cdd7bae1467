--TEST--
PostmarkAdapter::sendMessage(): Postmark's error bodies become ProviderException with status, ErrorCode and Message
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start(['credentials' => ['postmark' => 'right-token']]);
$wrong = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'wrong-token']);
metamta_show_failure(fn() => $wrong->sendMessage(metamta_simple_message()));

$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'right-token']);
$inactive = metamta_simple_message()->setToAddresses([new MetaMTA\EmailAddress('inactive@example.com')]);
metamta_show_failure(fn() => $adapter->sendMessage($inactive));
metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()->setTextBody(null)));
echo implode("\n", array_column(metamta_mock_requests($mock), 'verdict')), "\n";
?>
--EXPECT--
MetaMTA\ProviderException: Postmark request failed with HTTP status 401: (10) The Server Token you provided in the X-Postmark-Server-Token request header was invalid. Please verify that you are using a valid token.
  httpStatus=401 providerCode=10 retryable=false
  providerMessage='The Server Token you provided in the X-Postmark-Server-Token request header was invalid. Please verify that you are using a valid token.'
MetaMTA\ProviderException: Postmark request failed with HTTP status 422: (406) You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: inactive@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.
  httpStatus=422 providerCode=406 retryable=false
  providerMessage='You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: inactive@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.'
MetaMTA\ProviderException: Postmark request failed with HTTP status 422: (300) Provide either email TextBody or HtmlBody or both.
  httpStatus=422 providerCode=300 retryable=false
  providerMessage='Provide either email TextBody or HtmlBody or both.'
postmark 10: The Server Token you provided in the X-Postmark-Server-Token request header was invalid. Please verify that you are using a valid token.
postmark 406: You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: inactive@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.
postmark 300: Provide either email TextBody or HtmlBody or both.
