--TEST--
Fault suite: Twilio sits behind a proxy answering its HTML 502 page; retried, then the list fails over, the SMS delivered once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_failover('twilio', ['fault' => '502-html']);
?>
--EXPECT--
alone: MetaMTA\ProviderException status=502 retryable=true (in time)
list: sent by good (in time)
bad saw: fault 502-html, fault 502-html
good saw: ok
delivered once
