--TEST--
MailgunAdapter::sendMessage() against a 503 with Retry-After: retryable ProviderException
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock(["fault" => "503-retry-after"]);
metamta_report(fn() => mg_adapter($mock)->sendMessage(mg_message()), $mock);
?>
--EXPECT--
MetaMTA\ProviderException: Mailgun request failed with HTTP status 503: Service Unavailable
int(503)
NULL
string(19) "Service Unavailable"
bool(true)
