--TEST--
Provider mock: queued faults are consumed one per request, in order, then normal answers resume
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start();
var_dump(metamta_mock_queue_faults($mock, ['500', '503-retry-after', '429', '502-html', 'malformed-json', 'empty-body']));
$headers = ['X-Postmark-Server-Token' => 'token', 'Accept' => 'application/json', 'Content-Type' => 'application/json'];
$message = json_encode(['From' => 'from@example.com', 'To' => 'to@example.com', 'TextBody' => 'x']);
for ($i = 0; $i < 7; $i++) {
    $r = metamta_mock_request($mock, 'POST', '/email', $headers, $message);
    echo $r['status'], ' retry-after=', $r['headers']['retry-after'] ?? '-', ' ', $r['headers']['content-type'], ' ',
        strlen($r['body']), ' ', json_decode($r['body']) === null ? 'not-json' : 'json', "\n";
}
foreach (metamta_mock_requests($mock) as $r) {
    echo $r['verdict'], ' / ', $r['provider_verdict'], "\n";
}
var_dump(metamta_mock_stats($mock)['queued_faults']);
?>
--EXPECT--
int(6)
500 retry-after=- application/json 35 json
503 retry-after=2 application/json 33 json
429 retry-after=1 application/json 31 json
502 retry-after=- text/html 150 not-json
200 retry-after=- application/json 43 not-json
200 retry-after=- application/json 0 not-json
200 retry-after=- application/json; charset=utf-8 153 json
fault 500 / ok
fault 503-retry-after / ok
fault 429 / ok
fault 502-html / ok
fault malformed-json / ok
fault empty-body / ok
ok / ok
array(0) {
}
