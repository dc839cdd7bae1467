--TEST--
MailgunAdapter::sendMessage() against a 500 with a JSON body: retryable ProviderException with the body message
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock(["fault" => "500"]);
metamta_report(fn() => mg_adapter($mock)->sendMessage(mg_message()), $mock);
echo metamta_mock_requests($mock)[0]["provider_verdict"], "\n";
?>
--EXPECT--
MetaMTA\ProviderException: Mailgun request failed with HTTP status 500: Internal Server Error
int(500)
NULL
string(21) "Internal Server Error"
bool(true)
ok
