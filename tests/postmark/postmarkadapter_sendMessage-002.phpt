--TEST--
PostmarkAdapter::sendMessage() leaves out absent members and sends an empty subject and body as given
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'pm-token']);
// Only an HTML body, no subject, no Cc, Reply-To, headers or attachments.
$adapter->sendMessage(metamta_simple_message()->setSubject(null)->setTextBody(null)->setHTMLBody('<p>x</p>'));
// A Cc recipient only, and empty strings, which are present.
$adapter->sendMessage((new MetaMTA\EmailMessage())
    ->setFromAddress(new MetaMTA\EmailAddress('sender@example.com'))
    ->setCCAddresses([new MetaMTA\EmailAddress('cc@example.com')])
    ->setSubject('')
    ->setTextBody('x')
    ->setHTMLBody(''));
foreach (metamta_mock_requests($mock) as $r) {
    echo $r['body'], "\n";
}
?>
--EXPECT--
{"From":"sender@example.com","To":"to@example.com","HtmlBody":"<p>x</p>"}
{"Subject":"","From":"sender@example.com","Cc":"cc@example.com","TextBody":"x","HtmlBody":""}
