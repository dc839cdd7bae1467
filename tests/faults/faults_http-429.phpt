--TEST--
Fault suite: SendGrid answers 429 with Retry-After; retried after the capped wait, then the list fails over, delivered once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_failover('sendgrid', ['fault' => '429']);
?>
--EXPECT--
alone: MetaMTA\ProviderException status=429 retryable=true retryAfter=1 (in time)
list: sent by good (in time)
bad saw: fault 429, fault 429
good saw: ok
delivered once
