--TEST--
Fault suite: Twilio closes the connection after reading the request; outcome unknown: not failed over by default, failed over with setAtLeastOnce(true)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_unknown('twilio', ['fault' => 'close-before-response'], 2);
?>
--EXPECT--
exactly once: MetaMTA\TransportException code=4 retryable=true outcomeUnknown=true (in time)
bad saw: fault close-before-response
bad would have: ok
good saw: none
at least once: sent by good (in time)
bad saw: fault close-before-response, fault close-before-response
good saw: ok
