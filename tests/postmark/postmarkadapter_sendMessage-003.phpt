--TEST--
PostmarkAdapter::sendMessage() adds MessageStream when configured and keeps a base-uri path prefix
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'pm-token',
    'message-stream' => 'broadcast', 'base-uri' => $mock['base_uri'] . '/relay/v1/']);
$adapter->sendMessage(metamta_simple_message()->setAttachments([new MetaMTA\MailAttachment('a', 'a.txt', 'text/plain')]));
[$r] = metamta_mock_requests($mock);
echo $r['path'], ' ', $r['verdict'], "\n", $r['body'], "\n";
?>
--EXPECT--
/relay/v1/email ok
{"Subject":"Hello","From":"sender@example.com","To":"to@example.com","TextBody":"Hello, world.","MessageStream":"broadcast","Attachments":[{"Name":"a.txt","ContentType":"text/plain","Content":"YQ=="}]}
