--TEST--
Provider mock: two requests on one kept-alive connection count as one connection
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start();
$headers = ['X-Postmark-Server-Token' => 'token', 'Accept' => 'application/json', 'Content-Type' => 'application/json'];
$message = json_encode(['From' => 'from@example.com', 'To' => 'to@example.com', 'TextBody' => 'x']);
$conn = metamta_http_connect($mock);
for ($i = 0; $i < 2; $i++) {
    $r = metamta_http_request($conn, 'POST', '/email', $headers, $message);
    echo $r['status'], ' ', $r['headers']['connection'], "\n";
}
fclose($conn);
$stats = metamta_mock_stats($mock);
var_dump($stats['connections'], $stats['requests']);
$log = metamta_mock_requests($mock);
var_dump($log[0]['conn'] === $log[1]['conn']);
?>
--EXPECT--
200 keep-alive
200 keep-alive
int(1)
int(2)
bool(true)
