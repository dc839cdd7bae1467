--TEST--
Provider mock: Postmark's own error bodies for a bad token, an inactive recipient and a missing From
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start();
$send = function (string $token, array $message) use ($mock) {
    $reply = metamta_mock_request($mock, 'POST', '/email', ['X-Postmark-Server-Token' => $token,
        'Accept' => 'application/json', 'Content-Type' => 'application/json'], json_encode($message));
    echo $reply['status'], ' ', $reply['body'], "\n";
};
$good = ['From' => 'from@example.com', 'To' => 'to@example.com', 'TextBody' => 'x'];
$send('bad-token', $good);
$send('token', ['To' => 'inactive@example.com'] + $good);
$send('token', ['To' => 'to@example.com', 'TextBody' => 'x']);
$send('token', ['To' => implode(', ', array_map(fn($i) => "r$i@example.com", range(1, 51)))] + $good);
echo implode("\n", array_column(metamta_mock_requests($mock), 'verdict')), "\n";
?>
--EXPECT--
401 {"ErrorCode":10,"Message":"The Server Token you provided in the X-Postmark-Server-Token request header was invalid. Please verify that you are using a valid token."}
422 {"ErrorCode":406,"Message":"You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: inactive@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression."}
422 {"ErrorCode":300,"Message":"Invalid 'From' address: ''."}
422 {"ErrorCode":300,"Message":"Invalid 'To' address: Maximum of 50 recipients allowed per email message."}
postmark 10: The Server Token you provided in the X-Postmark-Server-Token request header was invalid. Please verify that you are using a valid token.
postmark 406: You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: inactive@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.
postmark 300: Invalid 'From' address: ''.
postmark 300: Invalid 'To' address: Maximum of 50 recipients allowed per email message.
