--TEST--
MailgunAdapter::sendMessage() against a 200 with an empty body: ProviderException (no JSON body)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock(["fault" => "empty-body"]);
metamta_report(fn() => mg_adapter($mock)->sendMessage(mg_message()), $mock);
?>
--EXPECT--
MetaMTA\ProviderException: Mailgun answered HTTP 200 without a JSON body
int(200)
NULL
NULL
bool(false)
