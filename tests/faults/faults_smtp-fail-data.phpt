--TEST--
Fault suite: the SMTP server answers the end of DATA with 451 (retried) or 554 (not retried); the list fails over, delivered once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
foreach ([451, 554] as $code) {
    echo "-- $code\n";
    fault_smtp_failover(['fail-data' => $code]);
}
?>
--EXPECT--
-- 451
alone: MetaMTA\ProviderException status=451 retryable=true (in time)
list: sent by good (in time)
bad saw: 451 to 3, 451 to 3
good saw: 250 to 3
delivered once
-- 554
alone: MetaMTA\ProviderException status=554 retryable=false (in time)
list: sent by good (in time)
bad saw: 554 to 3
good saw: 250 to 3
delivered once
