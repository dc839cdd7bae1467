--TEST--
MailgunAdapter::sendMessage() with a wrong key: Mailgun's 401 "Forbidden" (text/plain) is a ProviderException
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock();
metamta_report(fn() => mg_adapter($mock, ['api-key' => 'key-wrong'])->sendMessage(mg_message()), $mock);
$r = metamta_mock_requests($mock)[0];
echo $r['verdict'], "\n";
?>
--EXPECT--
MetaMTA\ProviderException: Mailgun request failed with HTTP status 401: 'Forbidden'
int(401)
NULL
NULL
bool(false)
mailgun 401: Forbidden
