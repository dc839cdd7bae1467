--TEST--
MailgunAdapter::sendMessage() refuses an expired, a wrong-host and a self-signed server certificate
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

foreach (["expired", "wrong-host", "self-signed"] as $cert) {
    $mock = mg_mock(["cert" => $cert]);
    metamta_report(fn() => mg_adapter($mock)->sendMessage(mg_message()), $mock);
    var_dump(count(metamta_mock_requests($mock)));
    metamta_server_stop($mock);
}
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: SSL certificate problem: certificate has expired.
code 2, retryable true, outcome unknown false
int(0)
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: SSL: no alternative certificate subject name matches target host name '127.0.0.1'.
code 2, retryable true, outcome unknown false
int(0)
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: SSL certificate problem: self-signed certificate.
code 2, retryable true, outcome unknown false
int(0)
