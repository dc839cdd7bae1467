--TEST--
MailgunAdapter::sendMessage() posts a full message (non-ASCII, cc, reply-to, headers, text + HTML, binary attachments) as multipart/form-data
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';
use MetaMTA\{EmailAddress, EmailMessage, MailAttachment, MailHeader};

$mock = mg_mock();
$binary = "\x00\x01\xff\xfe\r\n--boundary?\x80";
$message = (new EmailMessage())
    ->setFromAddress((new EmailAddress('from@example.com'))->setDisplayName('Zoë Sender'))
    ->setToAddresses([(new EmailAddress('to@example.com'))->setDisplayName('Jürgen, "the" Recipient'),
        new EmailAddress('b@example.com')])
    ->setCCAddresses([(new EmailAddress('cc@example.com'))->setDisplayName('Ça Va')])
    ->setReplyToAddress(new EmailAddress('reply@example.com'))
    ->setSubject('Grüße — ☃ test')
    ->setHeaders([new MailHeader('X-Phabricator-Sent-This-Message', 'Yes'), new MailHeader('In-Reply-To', '<a@b.c>')])
    ->setTextBody("@alice line1\nline2 ü")
    ->setHTMLBody('<p>hé</p>')
    ->setAttachments([new MailAttachment($binary, 'data.bin', 'application/octet-stream'),
        new MailAttachment('second', 'notes ü.txt', 'text/plain')]);
var_dump(mg_adapter($mock)->sendMessage($message));

[$r] = metamta_mock_requests($mock);
echo $r['method'], ' ', $r['path'], ' ', $r['verdict'], "\n";
echo $r['headers']['authorization'] === 'Basic ' . base64_encode('api:' . MG_KEY) ? "basic api:key\n" : "bad auth\n";
echo $r['headers']['accept'], "\n";
echo preg_replace('/boundary=\S+/', 'boundary=B', $r['headers']['content-type']), "\n";
foreach ($r['parsed']['fields'] as [$name, $value]) {
    echo $name, ' = ', json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
}
foreach ($r['parsed']['files'] as $f) {
    echo $f['name'], ' ', json_encode($f['filename'], JSON_UNESCAPED_UNICODE), ' ', $f['content_type'], ' ', $f['size'], ' ',
        base64_decode($f['base64']) === ($f['size'] === 6 ? 'second' : $binary) ? 'bytes-equal' : 'bytes-differ', "\n";
}
?>
--EXPECT--
NULL
POST /v3/mg.example.com/messages ok
basic api:key
application/json
multipart/form-data; boundary=B
subject = "Grüße — ☃ test"
from = "\"Zoë Sender\" <from@example.com>"
to = "\"Jürgen, \\\"the\\\" Recipient\" <to@example.com>, b@example.com"
cc = "\"Ça Va\" <cc@example.com>"
h:reply-to = "reply@example.com"
h:X-Phabricator-Sent-This-Message = "Yes"
h:In-Reply-To = "<a@b.c>"
text = "@alice line1\nline2 ü"
html = "<p>hé</p>"
attachment "data.bin" application/octet-stream 18 bytes-equal
attachment "notes ü.txt" text/plain 6 bytes-equal
