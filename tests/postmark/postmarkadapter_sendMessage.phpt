--TEST--
PostmarkAdapter::sendMessage() posts a full message to /email as Postmark's JSON, members in order
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'pm-token']);
$message = metamta_full_message();
$adapter->sendMessage($message);

[$r] = metamta_mock_requests($mock);
echo $r['method'], ' ', $r['path'], ' ', $r['verdict'], "\n";
foreach (['x-postmark-server-token', 'accept', 'content-type'] as $name) {
    echo $name, ': ', $r['headers'][$name], "\n";
}
$json = $r['parsed']['json'];
echo implode(',', array_keys($json)), "\n";
foreach (['Subject', 'From', 'To', 'Cc', 'ReplyTo', 'TextBody', 'HtmlBody'] as $member) {
    echo $member, ': ', json_encode($json[$member], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
}
echo 'Headers: ', json_encode($json['Headers'], JSON_UNESCAPED_UNICODE), "\n";
foreach ($json['Attachments'] as $i => $a) {
    echo $a['Name'], ' ', $a['ContentType'], ' ', implode(',', array_keys($a)), ' ',
        var_export(base64_decode($a['Content'], true) === $message->getAttachments()[$i]->getData(), true), "\n";
}
?>
--EXPECT--
POST /email ok
x-postmark-server-token: pm-token
accept: application/json
content-type: application/json
Subject,From,To,Cc,ReplyTo,Headers,TextBody,HtmlBody,Attachments
Subject: "Grüße — ünïcödé 😀 </tag>"
From: "\"Zoë Sender\" <sender@example.com>"
To: "\"Doe, Jane\" <jane@example.com>, bob@example.org"
Cc: "\"Çelik Ünal\" <cc@example.net>"
ReplyTo: "\"Réponse\" <reply@example.com>"
TextBody: "Line one\nLine two: ünïcödé \"quoted\" \\ back\tslash\n"
HtmlBody: "<p>Grüße <b>😀</b></p>\r\n"
Headers: [{"Name":"X-Phabricator-Sent-This-Message","Value":"Yes"},{"Name":"X-Tag","Value":"first"},{"Name":"X-Tag","Value":"Ünicode \"second\""}]
all-bytes.bin application/octet-stream Name,ContentType,Content true
tiny.png image/png Name,ContentType,Content true
