--TEST--
Fault suite: the SMTP server rejects one recipient of three (550); nothing is sent there, the list fails over at once, delivered once to all three
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
fault_smtp_failover(['reject-rcpt' => ['carol@example.org']]);
?>
--EXPECT--
alone: MetaMTA\ProviderException status=550 retryable=false (in time)
list: sent by good (in time)
bad saw: none
good saw: 250 to 3
delivered once
