--TEST--
MailgunAdapter::sendMessage() sends only the fields a message has; an empty subject is sent, repeated headers are repeated fields
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';
use MetaMTA\{EmailAddress, EmailMessage, MailHeader};

$mock = mg_mock();
$adapter = mg_adapter($mock);
$adapter->sendMessage((new EmailMessage())
    ->setFromAddress(new EmailAddress('from@example.com'))
    ->setToAddresses([new EmailAddress('to@example.com')])
    ->setHTMLBody('<b>only html</b>'));
$adapter->sendMessage((new EmailMessage())
    ->setFromAddress(new EmailAddress('from@example.com'))
    ->setToAddresses([new EmailAddress('to@example.com')])
    ->setReplyToAddress(new EmailAddress('reply@example.com'))
    ->setSubject('')
    ->setHeaders([new MailHeader('X-Tag', 'one'), new MailHeader('X-Tag', 'two'), new MailHeader('reply-to', 'other@example.com')])
    ->setTextBody('plain'));
foreach (metamta_mock_requests($mock) as $r) {
    echo $r['verdict'], ': ', json_encode($r['parsed']['fields'], JSON_UNESCAPED_SLASHES), ', files ', count($r['parsed']['files']), "\n";
}
?>
--EXPECT--
ok: [["from","from@example.com"],["to","to@example.com"],["html","<b>only html</b>"]], files 0
ok: [["subject",""],["from","from@example.com"],["to","to@example.com"],["h:reply-to","reply@example.com"],["h:X-Tag","one"],["h:X-Tag","two"],["h:reply-to","other@example.com"],["text","plain"]], files 0
