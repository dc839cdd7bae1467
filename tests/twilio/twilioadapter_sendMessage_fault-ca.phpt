--TEST--
TwilioAdapter::sendMessage() with a CA bundle that does not trust the server: TransportException (TLS), nothing sent
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
ini_set("metamta.cainfo", __DIR__ . "/../servers/certs/other-ca.pem");
metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message()), $mock);
var_dump(count(metamta_mock_requests($mock)));
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to https://127.0.0.1:PORT failed: SSL certificate problem: unable to get local issuer certificate.
code 2, retryable true, outcome unknown false
int(0)
