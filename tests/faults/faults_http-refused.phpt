--TEST--
Fault suite: nothing listens at the Mailgun address; retried, then the list fails over, delivered once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_failover('mailgun', [], 'https://' . metamta_refused_address());
?>
--EXPECT--
alone: MetaMTA\TransportException code=1 retryable=true outcomeUnknown=false (in time)
list: sent by good (in time)
bad saw: nothing (no server)
good saw: ok
delivered once
