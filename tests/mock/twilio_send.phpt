--TEST--
Provider mock: Twilio creates a message (201, SM sid, queued) and refuses a bad To number with 21211
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start();
$path = '/2010-04-01/Accounts/AC0123/Messages.json';
$headers = ['Authorization' => 'Basic ' . base64_encode('AC0123:auth-token'), 'Accept' => 'application/json',
    'Content-Type' => 'application/x-www-form-urlencoded'];
$reply = metamta_mock_request($mock, 'POST', $path, $headers, 'From=%2B15005550006&To=%2B14155550100&Body=Hello%20there');
$answer = json_decode($reply['body'], true);
var_dump($reply['status'], (bool) preg_match('/^SM[0-9a-f]{32}$/', $answer['sid']), $answer['status'], $answer['to'], $answer['body']);
$reply = metamta_mock_request($mock, 'POST', $path, $headers, 'From=%2B15005550006&To=555&Body=x');
echo $reply['status'], ' ', $reply['body'], "\n";
$headers['Authorization'] = 'Basic ' . base64_encode('AC9999:auth-token');
$reply = metamta_mock_request($mock, 'POST', $path, $headers, 'From=%2B15005550006&To=%2B14155550100&Body=x');
echo $reply['status'], ' ', $reply['body'], "\n";
var_dump(metamta_mock_requests($mock)[0]['parsed']['form']);
?>
--EXPECT--
int(201)
bool(true)
string(6) "queued"
string(12) "+14155550100"
string(11) "Hello there"
400 {"code":21211,"message":"The 'To' number 555 is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/21211","status":400}
401 {"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}
array(3) {
  ["From"]=>
  string(12) "+15005550006"
  ["To"]=>
  string(12) "+14155550100"
  ["Body"]=>
  string(11) "Hello there"
}
