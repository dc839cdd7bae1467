--TEST--
Fault suite: Mailgun never answers; the 1 s timeout ends each attempt, outcome unknown: not failed over by default, failed over with setAtLeastOnce(true)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
// Plain HTTP: a TLS handshake under valgrind alone could eat the one-second budget.
fault_http_unknown('mailgun', ['fault' => 'stall', 'tls' => false, 'stall_seconds' => 30], 2.5, ['timeout' => 1]);
?>
--EXPECT--
exactly once: MetaMTA\TransportException code=3 retryable=true outcomeUnknown=true (in time)
bad saw: fault stall
bad would have: ok
good saw: none
at least once: sent by good (in time)
bad saw: fault stall, fault stall
good saw: ok
