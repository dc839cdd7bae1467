--TEST--
Fault suite: Postmark answers 500 to everything; retried once, then the list fails over and the message is delivered once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_http_failover('postmark', ['fault' => '500']);
?>
--EXPECT--
alone: MetaMTA\ProviderException status=500 retryable=true (in time)
list: sent by good (in time)
bad saw: fault 500, fault 500
good saw: ok
delivered once
