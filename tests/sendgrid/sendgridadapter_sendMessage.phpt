--TEST--
SendGridAdapter::sendMessage() posts a full message to /v3/mail/send as SendGrid's JSON, members in order
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.key']);
$message = metamta_full_message();
$adapter->sendMessage($message);

[$r] = metamta_mock_requests($mock);
echo $r['method'], ' ', $r['path'], ' ', $r['verdict'], ' ', $r['status'], "\n";
foreach (['authorization', 'content-type'] as $name) {
    echo $name, ': ', $r['headers'][$name], "\n";
}
$json = $r['parsed']['json'];
echo implode(',', array_keys($json)), "\n";
foreach (['subject', 'personalizations', 'from', 'reply_to', 'headers', 'content'] as $member) {
    echo $member, ': ', json_encode($json[$member], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
}
foreach ($json['attachments'] as $i => $a) {
    echo $a['filename'], ' ', $a['type'], ' ', $a['disposition'], ' ', implode(',', array_keys($a)), ' ',
        var_export(base64_decode($a['content'], true) === $message->getAttachments()[$i]->getData(), true), "\n";
}
?>
--EXPECT--
POST /v3/mail/send ok 202
authorization: Bearer SG.key
content-type: application/json
subject,personalizations,from,reply_to,headers,content,attachments
subject: "Grüße — ünïcödé 😀 </tag>"
personalizations: [{"to":[{"email":"jane@example.com","name":"Doe, Jane"},{"email":"bob@example.org"}],"cc":[{"email":"cc@example.net","name":"Çelik Ünal"}]}]
from: {"email":"sender@example.com","name":"Zoë Sender"}
reply_to: {"email":"reply@example.com","name":"Réponse"}
headers: {"X-Phabricator-Sent-This-Message":"Yes","X-Tag":"Ünicode \"second\""}
content: [{"type":"text/plain","value":"Line one\nLine two: ünïcödé \"quoted\" \\ back\tslash\n"},{"type":"text/html","value":"<p>Grüße <b>😀</b></p>\r\n"}]
all-bytes.bin application/octet-stream attachment content,type,filename,disposition true
tiny.png image/png attachment content,type,filename,disposition true
