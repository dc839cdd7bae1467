--TEST--
Provider mock: Mailgun answers a missing from or to with its 400 JSON message
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start();
$auth = ['Authorization' => 'Basic ' . base64_encode('api:key'), 'Content-Type' => 'application/x-www-form-urlencoded'];
foreach (['to=to%40example.com&text=x', 'from=from%40example.com&text=x', 'from=from%40example.com&to=to%40example.com'] as $form) {
    $reply = metamta_mock_request($mock, 'POST', '/v3/mg.example.com/messages', $auth, $form);
    echo $reply['status'], ' ', $reply['body'], "\n";
}
?>
--EXPECT--
400 {"message":"'from' parameter is missing"}
400 {"message":"'to' parameter is missing"}
400 {"message":"Need at least one of 'text', 'html' or 'template' parameters specified"}
