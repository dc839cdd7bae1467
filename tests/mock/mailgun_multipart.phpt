--TEST--
Provider mock: a Mailgun multipart request with two attachments is parsed part by part
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start(['credentials' => ['mailgun' => 'key-1']]);
[$type, $body] = metamta_http_multipart([
    ['from', 'Sender <from@example.com>'], ['to', 'to@example.com'], ['subject', 'Hi'], ['h:X-Tag', 'a'],
    ['text', 'plain'], ['attachment', "\x00\x01binary", 'one.bin', 'application/octet-stream'],
    ['attachment', 'second', 'two.txt', 'text/plain'],
]);
$auth = ['Authorization' => 'Basic ' . base64_encode('api:key-1'), 'Content-Type' => $type];
$reply = metamta_mock_request($mock, 'POST', '/v3/mg.example.com/messages', $auth, $body);
$answer = json_decode($reply['body'], true);
var_dump($reply['status'], $answer['message'], (bool) preg_match('/^<\d{14}\.1\.[0-9A-F]{16}@mg\.example\.com>$/', $answer['id']));
[$r] = metamta_mock_requests($mock);
echo json_encode($r['parsed']['form']), "\n";
foreach ($r['parsed']['files'] as $f) {
    echo $f['name'], ' ', $f['filename'], ' ', $f['content_type'], ' ', $f['size'], ' ',
        $f['sha256'] === hash('sha256', base64_decode($f['base64'])) ? 'sha-ok' : 'sha-bad', ' ',
        bin2hex(base64_decode($f['base64'])), "\n";
}
$auth['Authorization'] = 'Basic ' . base64_encode('api:wrong');
$reply = metamta_mock_request($mock, 'POST', '/v3/mg.example.com/messages', $auth, $body);
echo $reply['status'], ' ', $reply['headers']['content-type'], ' ', $reply['body'], "\n";
?>
--EXPECT--
int(200)
string(18) "Queued. Thank you."
bool(true)
{"from":"Sender <from@example.com>","to":"to@example.com","subject":"Hi","h:X-Tag":"a","text":"plain"}
attachment one.bin application/octet-stream 8 sha-ok 000162696e617279
attachment two.txt text/plain 6 sha-ok 7365636f6e64
401 text/plain Forbidden
