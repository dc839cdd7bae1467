--TEST--
Fault suite: the SMTP server answers 451 to one recipient of three; retried, then the list fails over, delivered once to all three
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_smtp_failover(['tempfail-rcpt' => ['dave@example.net']]);
?>
--EXPECT--
alone: MetaMTA\ProviderException status=451 retryable=true (in time)
list: sent by good (in time)
bad saw: none
good saw: 250 to 3
delivered once
