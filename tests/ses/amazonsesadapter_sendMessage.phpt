--TEST--
AmazonSESAdapter::sendMessage(): a full message arrives signed, and Python's email parser reads it back
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/ses.inc';
$mock = metamta_mock_start(['credentials' => ['ses' => SES_SECRET]]);
$binary = random_bytes(3000) . "\r\n.\r\n\0";
$message = (new MetaMTA\EmailMessage())
    ->setFromAddress(new MetaMTA\EmailAddress('Zoë Sender <zoe@example.com>'))
    ->setToAddresses([new MetaMTA\EmailAddress('Jürgen <j@example.com>'), new MetaMTA\EmailAddress('b@example.com')])
    ->setCCAddresses([new MetaMTA\EmailAddress('c@example.com')])
    ->setSubject('Grüße — a long subject line that will need folding because it goes on and on and on')
    ->setTextBody("Héllo\nsecond line")
    ->setHTMLBody('<p>Héllo</p>')
    ->setHeaders([new MetaMTA\MailHeader('X-Phabricator-Sent-This-Message', 'Yes')])
    ->setAttachments([new MetaMTA\MailAttachment($binary, 'résumé.bin', 'application/octet-stream')]);
ses_adapter($mock)->sendMessage($message);

$log = metamta_mock_requests($mock);
$req = $log[0];
echo $req['method'], ' ', $req['path'], ' ', $req['verdict'], "\n";
echo $req['parsed']['signature'], ' ', implode(';', $req['parsed']['signed_headers']), ' ', $req['parsed']['service'],
    ' ', $req['parsed']['region'], "\n";
echo implode(',', $req['parsed']['fields']), ' ', $req['parsed']['form']['Action'], ' ', $req['parsed']['form']['Version'], "\n";
echo $req['headers']['content-type'], "\n";
$msg = $req['parsed']['message'];
$headers = [];
foreach ($msg['headers'] as [$name, $value]) {
    $headers[strtolower($name)] = $value;
}
echo $headers['from'], "\n", $headers['to'], "\n", $headers['cc'], "\n", $headers['subject'], "\n";
echo $headers['x-phabricator-sent-this-message'], "\n";
var_dump(isset($headers["message-id"]), $msg["defects"], json_encode($msg["text"]),
    trim($msg['html']));
$att = $msg['attachments'][0];
var_dump($att['filename'], $att['content_type'], $att['size'] === strlen($binary), $att['sha256'] === hash('sha256', $binary));
?>
--EXPECT--
POST / ok
verified host;x-amz-date ses eu-west-1
Action,Version,RawMessage.Data SendRawEmail 2010-12-01
application/x-www-form-urlencoded
Zoë Sender <zoe@example.com>
Jürgen <j@example.com>, b@example.com
c@example.com
Grüße — a long subject line that will need folding because it goes on and on and on
Yes
bool(false)
array(0) {
}
string(27) ""H\u00e9llo\r\nsecond line""
string(13) "<p>Héllo</p>"
string(12) "résumé.bin"
string(24) "application/octet-stream"
bool(true)
bool(true)
