--TEST--
MailgunAdapter::sendMessage() to an unknown domain: Mailgun's 404 JSON message becomes the provider message
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock();
metamta_report(fn() => mg_adapter($mock, ['domain' => 'unknown.example.com'])->sendMessage(mg_message()), $mock);
echo metamta_mock_requests($mock)[0]['verdict'], "\n";
?>
--EXPECT--
MetaMTA\ProviderException: Mailgun request failed with HTTP status 404: Domain not found: unknown.example.com
int(404)
NULL
string(37) "Domain not found: unknown.example.com"
bool(false)
mailgun 404: Domain not found: unknown.example.com
