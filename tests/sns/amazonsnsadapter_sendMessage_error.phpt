--TEST--
AmazonSNSAdapter::sendMessage(): SNS's InvalidParameter, AuthorizationError, SignatureDoesNotMatch and Throttling errors
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/sns.inc';
$mock = metamta_mock_start(['credentials' => ['sns' => SNS_SECRET]]);
// PhoneNumber accepts it; the mock, like SNS for a destination it cannot reach, refuses it.
sns_provider_failure(fn() => sns_adapter($mock)->sendMessage(sns_message('+15005550001')));
sns_provider_failure(fn() => sns_adapter($mock, ['access-key' => 'denyAKID'])->sendMessage(sns_message()));
sns_provider_failure(fn() => sns_adapter($mock, ['secret-key' => 'wrong'])->sendMessage(sns_message()));
sns_provider_failure(fn() => sns_adapter($mock)->sendMessage(sns_message('+15005550429')));
?>
--EXPECT--
MetaMTA\ProviderException: Amazon SNS request failed with HTTP status 400: (InvalidParameter) Invalid parameter: PhoneNumber Reason: +15005550001 is not valid to publish to
int(400)
string(16) "InvalidParameter"
bool(false)
MetaMTA\ProviderException: Amazon SNS request failed with HTTP status 403: (AuthorizationError) User: arn:aws:iam::123456789012:user/metamta is not authorized to perform: SNS:Publish on resource: +14155550100
int(403)
string(18) "AuthorizationError"
bool(false)
MetaMTA\ProviderException: Amazon SNS request failed with HTTP status 403: (SignatureDoesNotMatch) The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.
int(403)
string(21) "SignatureDoesNotMatch"
bool(false)
MetaMTA\ProviderException: Amazon SNS request failed with HTTP status 400: (Throttling) Rate exceeded
int(400)
string(10) "Throttling"
bool(true)
