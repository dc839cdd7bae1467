--TEST--
MailgunAdapter::sendMessage() without base-uri posts to https://{api-hostname}/v3/{domain}/messages (host with a port)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

// The real api.mailgun.net / api.eu.mailgun.net are never contacted: api-hostname names the mock.
$mock = mg_mock();
foreach (['127.0.0.1', 'localhost', 'LocalHost'] as $host) {
    $adapter = mg_adapter($mock, ['api-hostname' => "$host:{$mock['port']}", 'base-uri' => null,
        'domain' => 'mg.eu-example.com']);
    $adapter->sendMessage(mg_message());
}
foreach (metamta_mock_requests($mock) as $r) {
    echo str_replace((string) $mock['port'], 'PORT', $r['headers']['host']), ' ', $r['method'], ' ', $r['path'], ' ',
        $r['parsed']['domain'], ' ', $r['verdict'], "\n";
}
?>
--EXPECT--
127.0.0.1:PORT POST /v3/mg.eu-example.com/messages mg.eu-example.com ok
localhost:PORT POST /v3/mg.eu-example.com/messages mg.eu-example.com ok
localhost:PORT POST /v3/mg.eu-example.com/messages mg.eu-example.com ok
