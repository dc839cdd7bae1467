--TEST--
MailgunAdapter::sendMessage() against a 200 with cut-off JSON: ProviderException (no message id), not retryable
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock(["fault" => "malformed-json"]);
metamta_report(fn() => mg_adapter($mock)->sendMessage(mg_message()), $mock);
?>
--EXPECT--
MetaMTA\ProviderException: Mailgun answered HTTP 200 without a JSON body
int(200)
NULL
NULL
bool(false)
