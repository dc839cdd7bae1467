--TEST--
AmazonSESAdapter::sendMessage(): a wrong secret key gives SignatureDoesNotMatch, and no secret reaches the message
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/ses.inc';
$mock = metamta_mock_start(['credentials' => ['ses' => SES_SECRET]]);
$secret = 'not-the-right-secret/KEY+0';
$token = 'session-token-value';
try {
    ses_adapter($mock, ['secret-key' => $secret, 'session-token' => $token])->sendMessage(ses_message());
} catch (MetaMTA\ProviderException $e) {
    echo $e->getMessage(), "\n";
    var_dump($e->getHttpStatus(), $e->getProviderCode(), $e->isRetryable());
    $all = $e->getMessage() . $e->getProviderMessage() . $e->getTraceAsString() . print_r($e, true);
    var_dump(str_contains($all, $secret), str_contains($all, $token), str_contains($all, 'AKIDEXAMPLE'));
}
echo metamta_mock_requests($mock)[0]['parsed']['signature'], "\n";
?>
--EXPECT--
Amazon SES request failed with HTTP status 403: (SignatureDoesNotMatch) The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.
int(403)
string(21) "SignatureDoesNotMatch"
bool(false)
bool(false)
bool(false)
bool(false)
mismatch
