--TEST--
Fault suite: Postmark's certificate is self-signed; a TransportException before any request, retried, then the list fails over, delivered once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_failover('postmark', ['cert' => 'self-signed']);
?>
--EXPECT--
alone: MetaMTA\TransportException code=2 retryable=true outcomeUnknown=false (in time)
list: sent by good (in time)
bad saw: none
good saw: ok
delivered once
