--TEST--
Provider mock: a valid Postmark request over TLS is accepted and logged with its parsed JSON
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start();
$message = ['Subject' => 'Hi', 'From' => '"Sender" <from@example.com>', 'To' => '"Doe, Jane" <jane@example.com>, bob@example.org',
    'Headers' => [['Name' => 'X-Tag', 'Value' => 'a']], 'TextBody' => 'text',
    'Attachments' => [['Name' => 'a.txt', 'ContentType' => 'text/plain', 'Content' => base64_encode('hello')]]];
$reply = metamta_mock_request($mock, 'POST', '/email', ['X-Postmark-Server-Token' => 'server-token',
    'Accept' => 'application/json', 'Content-Type' => 'application/json'], json_encode($message));
$answer = json_decode($reply['body'], true);
var_dump($reply['status'], $answer['ErrorCode'], $answer['Message'], $answer['To']);
var_dump((bool) preg_match('/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/', $answer['MessageID']));
[$r] = metamta_mock_requests($mock);
var_dump($r['conn'], $r['method'], $r['path'], $r['provider'], $r['verdict'], $r['status']);
var_dump($r['headers']['x-postmark-server-token'], $r['parsed']['json'] === $message);
?>
--EXPECT--
int(200)
int(0)
string(2) "OK"
string(47) ""Doe, Jane" <jane@example.com>, bob@example.org"
bool(true)
int(2)
string(4) "POST"
string(6) "/email"
string(8) "postmark"
string(2) "ok"
int(200)
string(12) "server-token"
bool(true)
