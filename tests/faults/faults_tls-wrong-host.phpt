--TEST--
Fault suite: Twilio's certificate is for another host; a TransportException before any request, retried, then the list fails over, the SMS delivered once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_failover('twilio', ['cert' => 'wrong-host']);
?>
--EXPECT--
alone: MetaMTA\TransportException code=2 retryable=true outcomeUnknown=false (in time)
list: sent by good (in time)
bad saw: none
good saw: ok
delivered once
