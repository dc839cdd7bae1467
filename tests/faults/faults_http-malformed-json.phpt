--TEST--
Fault suite: Postmark answers 200 with cut-off JSON; the provider took the message, so by default no failover; with setAtLeastOnce(true) it fails over
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_unknown('postmark', ['fault' => 'malformed-json'], 2);
?>
--EXPECT--
exactly once: MetaMTA\ProviderException status=200 retryable=false (in time)
bad saw: fault malformed-json
bad would have: ok
good saw: none
at least once: sent by good (in time)
bad saw: fault malformed-json
good saw: ok
