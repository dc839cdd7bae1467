--TEST--
Fault suite: Mailgun answers 503 with Retry-After: 2; the wait is capped by maxDelay, then the list fails over, delivered once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_failover('mailgun', ['fault' => '503-retry-after']);
?>
--EXPECT--
alone: MetaMTA\ProviderException status=503 retryable=true retryAfter=2 (in time)
list: sent by good (in time)
bad saw: fault 503-retry-after, fault 503-retry-after
good saw: ok
delivered once
