--TEST--
MailgunAdapter::sendMessage() against a 429: retryable ProviderException
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock(["fault" => "429"]);
metamta_report(fn() => mg_adapter($mock)->sendMessage(mg_message()), $mock);
?>
--EXPECT--
MetaMTA\ProviderException: Mailgun request failed with HTTP status 429: Too Many Requests
int(429)
NULL
string(17) "Too Many Requests"
bool(true)
