--TEST--
Provider mock: SendGrid accepts a valid send with 202 and no body, and lists every error of a bad one
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start();
$headers = ['Authorization' => 'Bearer SG.key', 'Content-Type' => 'application/json'];
$mail = ['subject' => 'Hi', 'personalizations' => [['to' => [['email' => 'to@example.com', 'name' => 'To']]]],
    'from' => ['email' => 'from@example.com'], 'headers' => ['X-Tag' => 'a'],
    'content' => [['type' => 'text/plain', 'value' => 'x'], ['type' => 'text/html', 'value' => '<b>x</b>']],
    'attachments' => [['content' => base64_encode('hi'), 'type' => 'text/plain', 'filename' => 'a.txt', 'disposition' => 'attachment']]];
$reply = metamta_mock_request($mock, 'POST', '/v3/mail/send', $headers, json_encode($mail));
var_dump($reply['status'], $reply['body'], $reply['headers']['content-length']);
// The original's "no recipients" shape, personalizations [[]], and an empty content list.
$bad = ['subject' => 'Hi', 'personalizations' => [[]], 'from' => ['email' => 'from@example.com'], 'content' => []];
$reply = metamta_mock_request($mock, 'POST', '/v3/mail/send', $headers, json_encode($bad));
echo $reply['status'], "\n";
foreach (json_decode($reply['body'], true)['errors'] as $e) {
    echo $e['field'], ': ', substr($e['message'], 0, 40), "\n";
}
$reply = metamta_mock_request($mock, 'POST', '/v3/mail/send', ['Authorization' => 'Bearer bad-key'] + $headers, json_encode($mail));
echo $reply['status'], ' ', $reply['body'], "\n";
?>
--EXPECT--
int(202)
string(0) ""
string(1) "0"
400
personalizations.0: Invalid type. Expected: object, given: a
content: Unless a valid template_id is provided, 
401 {"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}
