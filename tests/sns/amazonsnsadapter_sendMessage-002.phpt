--TEST--
AmazonSNSAdapter::sendMessage(): a session token is sent and signed
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/sns.inc';
$mock = metamta_mock_start(['credentials' => ['sns' => SNS_SECRET], 'args' => ['--aws-session-token', 'sns-tok']]);
sns_adapter($mock, ['session-token' => 'sns-tok'])->sendMessage(sns_message());
$req = metamta_mock_requests($mock)[0];
echo $req['verdict'], ' ', $req['parsed']['signature'], ' ', implode(';', $req['parsed']['signed_headers']), "\n";
?>
--EXPECT--
ok verified host;x-amz-date;x-amz-security-token
