--TEST--
Fault suite: SendGrid resets the connection mid-response; outcome unknown: not failed over by default, failed over with setAtLeastOnce(true)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_unknown('sendgrid', ['fault' => 'reset'], 2);
?>
--EXPECT--
exactly once: MetaMTA\TransportException code=4 retryable=true outcomeUnknown=true (in time)
bad saw: fault reset
bad would have: ok
good saw: none
at least once: sent by good (in time)
bad saw: fault reset, fault reset
good saw: ok
