--TEST--
Fault suite: the SMTP server drops the connection after reading DATA; outcome unknown: not failed over by default, failed over with setAtLeastOnce(true)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_smtp_unknown(['drop-after-data' => true], 3);
?>
--EXPECT--
exactly once: MetaMTA\TransportException code=4 retryable=true outcomeUnknown=true (in time)
bad saw: NULL to 3
good saw: none
at least once: sent by good (in time)
bad saw: NULL to 3, NULL to 3
good saw: 250 to 3
