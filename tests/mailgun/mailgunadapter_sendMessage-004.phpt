--TEST--
MailgunAdapter::sendMessage() with a base-uri keeps its path prefix (and drops a trailing slash); base-uri wins over api-hostname
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock();
mg_adapter($mock, ['base-uri' => $mock['base_uri'] . '/proxy/mailgun/'])->sendMessage(mg_message());
mg_adapter($mock, ['api-hostname' => 'api.eu.mailgun.net'])->sendMessage(mg_message());
foreach (metamta_mock_requests($mock) as $r) {
    echo $r['path'], ' ', $r['verdict'], "\n";
}
?>
--EXPECT--
/proxy/mailgun/v3/mg.example.com/messages ok
/v3/mg.example.com/messages ok
