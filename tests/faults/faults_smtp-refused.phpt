--TEST--
Fault suite: nothing listens at the SMTP address; retried, then the list fails over, delivered once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_smtp_failover(null);
?>
--EXPECT--
alone: MetaMTA\TransportException code=1 retryable=true outcomeUnknown=false (in time)
list: sent by good (in time)
bad saw: nothing (no server)
good saw: 250 to 3
delivered once
