--TEST--
Provider mock: a stalled request is never answered, the client times out, and stop still ends the server
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start(['fault' => 'stall']);
$conn = metamta_http_connect($mock);
stream_set_timeout($conn, (int) metamta_time_scale());
try {
    metamta_http_request($conn, 'POST', '/email', [], '{}');
    echo "answered\n";
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
echo metamta_mock_requests($mock)[0]['verdict'], "\n";
var_dump(metamta_server_stop($mock));
fclose($conn);
?>
--EXPECT--
server timed out
fault stall
bool(true)
