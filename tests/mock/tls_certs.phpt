--TEST--
Test certificates: only the CA-signed, current, 127.0.0.1 certificate verifies against the test CA
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$cases = [['server', 'ca.pem'], ['expired', 'ca.pem'], ['wrong-host', 'ca.pem'], ['self-signed', 'ca.pem'], ['server', 'other-ca.pem']];
foreach ($cases as [$cert, $ca]) {
    $mock = metamta_mock_start(['cert' => $cert]);
    $mock['cafile'] = __DIR__ . "/../servers/certs/$ca";
    try {
        metamta_http_connect($mock, 5.0);
        echo "$cert with $ca: verified\n";
    } catch (RuntimeException $e) {
        echo "$cert with $ca: refused\n";
    }
    metamta_server_stop($mock);
}
?>
--EXPECT--
server with ca.pem: verified
expired with ca.pem: refused
wrong-host with ca.pem: refused
self-signed with ca.pem: refused
server with other-ca.pem: refused
