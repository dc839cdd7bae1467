--TEST--
MailgunAdapter::sendMessage() of an empty text body and no HTML: Mailgun's 400 JSON message becomes the provider message
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock();
metamta_report(fn() => mg_adapter($mock)->sendMessage(mg_message('')), $mock);
$r = metamta_mock_requests($mock)[0];
echo json_encode($r['parsed']['form']), "\n", $r['verdict'], "\n";
?>
--EXPECT--
MetaMTA\ProviderException: Mailgun request failed with HTTP status 400: Need at least one of 'text', 'html' or 'template' parameters specified
int(400)
NULL
string(70) "Need at least one of 'text', 'html' or 'template' parameters specified"
bool(false)
{"subject":"Hi","from":"sender@example.com","to":"rcpt@example.org","text":""}
mailgun 400: Need at least one of 'text', 'html' or 'template' parameters specified
