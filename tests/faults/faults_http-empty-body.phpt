--TEST--
Fault suite: Mailgun answers 200 with an empty body; the provider took the message, so by default no failover; with setAtLeastOnce(true) it fails over
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_unknown('mailgun', ['fault' => 'empty-body'], 2);
?>
--EXPECT--
exactly once: MetaMTA\ProviderException status=200 retryable=false (in time)
bad saw: fault empty-body
bad would have: ok
good saw: none
at least once: sent by good (in time)
bad saw: fault empty-body
good saw: ok
