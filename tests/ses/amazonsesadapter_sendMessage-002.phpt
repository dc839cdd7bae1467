--TEST--
AmazonSESAdapter::sendMessage(): a session token is sent as X-Amz-Security-Token and signed
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/ses.inc';
$token = 'IQoJb3JpZ2luX2VjEXAMPLE/token+with/slashes==';
$mock = metamta_mock_start(['credentials' => ['ses' => SES_SECRET], 'args' => ['--aws-session-token', $token]]);
ses_adapter($mock, ['session-token' => $token])->sendMessage(ses_message());
$req = metamta_mock_requests($mock)[0];
echo $req['verdict'], ' ', $req['parsed']['signature'], ' ', implode(';', $req['parsed']['signed_headers']), "\n";
var_dump($req['headers']['x-amz-security-token'] === $token);
// Without the token the mock (standing in for AWS) refuses the temporary credentials.
require_once __DIR__ . '/../utils/tools.inc';
throws(fn() => ses_adapter($mock)->sendMessage(ses_message()));
?>
--EXPECT--
ok verified host;x-amz-date;x-amz-security-token
bool(true)
MetaMTA\ProviderException: Amazon SES request failed with HTTP status 403: (InvalidClientTokenId) The security token included in the request is invalid.
