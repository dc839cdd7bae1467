--TEST--
SendGridAdapter::sendMessage() leaves out absent members, keeps a display name "0" and lets the last header of a name win
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.key',
    'base-uri' => $mock['base_uri'] . '/sg-relay']);
$adapter->sendMessage(metamta_simple_message()->setTextBody(null)->setHTMLBody('<p>x</p>'));
$adapter->sendMessage((new MetaMTA\EmailMessage())
    ->setFromAddress((new MetaMTA\EmailAddress('sender@example.com'))->setDisplayName('0'))
    ->setToAddresses([new MetaMTA\EmailAddress('to@example.com')])
    ->setCCAddresses([(new MetaMTA\EmailAddress('cc@example.com'))->setDisplayName('')])
    ->setSubject('S')
    ->setHeaders([new MetaMTA\MailHeader('X-A', '1'), new MetaMTA\MailHeader('X-B', '2'), new MetaMTA\MailHeader('X-A', '3')])
    ->setTextBody('x'));
foreach (metamta_mock_requests($mock) as $r) {
    echo $r['path'], ' ', $r['verdict'], "\n", $r['body'], "\n";
}
?>
--EXPECT--
/sg-relay/v3/mail/send ok
{"subject":"Hello","personalizations":[{"to":[{"email":"to@example.com"}]}],"from":{"email":"sender@example.com"},"content":[{"type":"text/html","value":"<p>x</p>"}]}
/sg-relay/v3/mail/send ok
{"subject":"S","personalizations":[{"to":[{"email":"to@example.com"}],"cc":[{"email":"cc@example.com"}]}],"from":{"email":"sender@example.com","name":"0"},"headers":{"X-A":"3","X-B":"2"},"content":[{"type":"text/plain","value":"x"}]}
