--TEST--
MailgunAdapter::sendMessage() refuses an empty api-key or one with CR/LF/NUL before sending, without quoting it
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock();
metamta_report(fn() => mg_adapter($mock, ['api-key' => ''])->sendMessage(mg_message()));
metamta_report(fn() => mg_adapter($mock, ['api-key' => "key-abc\r\nX-Injected: 1"])->sendMessage(mg_message()));
metamta_report(fn() => mg_adapter($mock, ['api-key' => "key-abc\0def"])->sendMessage(mg_message()));
var_dump(count(metamta_mock_requests($mock)));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Mailgun api-key must not be empty
MetaMTA\InvalidArgumentException: Mailgun api-key must not contain CR, LF or NUL
MetaMTA\InvalidArgumentException: Mailgun api-key must not contain CR, LF or NUL
int(0)
