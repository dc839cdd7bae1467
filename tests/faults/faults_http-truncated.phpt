--TEST--
Fault suite: Postmark's answer ends before its Content-Length; outcome unknown: not failed over by default, failed over with setAtLeastOnce(true)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_unknown('postmark', ['fault' => 'truncated'], 2);
?>
--EXPECT--
exactly once: MetaMTA\TransportException code=4 retryable=true outcomeUnknown=true (in time)
bad saw: fault truncated
bad would have: ok
good saw: none
at least once: sent by good (in time)
bad saw: fault truncated, fault truncated
good saw: ok
