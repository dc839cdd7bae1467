--TEST--
Provider mock: truncated, reset and close-before-response faults break the connection as named
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start();
metamta_mock_queue_faults($mock, ['truncated', 'reset', 'close-before-response']);
foreach (['truncated', 'reset', 'close-before-response'] as $fault) {
    $conn = metamta_http_connect($mock);
    try {
        metamta_http_request($conn, 'POST', '/email', [], '{}');
        echo "$fault: answered\n";
    } catch (RuntimeException $e) {
        echo "$fault: ", $e->getMessage(), "\n";
    }
    fclose($conn);
}
echo implode(' ', array_column(metamta_mock_requests($mock), 'verdict')), "\n";
?>
--EXPECT--
truncated: body ended early
reset: connection closed
close-before-response: connection closed
fault truncated fault reset fault close-before-response
