--TEST--
Fault suite: the SMTP server never greets; each attempt ends at the 1 s timeout before anything was sent, so the list retries and fails over, delivered once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_smtp_failover(['stall' => true], ['timeout' => 1], 2.5);
?>
--EXPECT--
alone: MetaMTA\TransportException code=3 retryable=true outcomeUnknown=false (in time)
list: sent by good (in time)
bad saw: none
good saw: 250 to 3
delivered once
