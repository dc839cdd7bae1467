--TEST--
TwilioAdapter::sendMessage() 20 times over one kept-alive connection
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
$adapter = tw_adapter($mock);
for ($i = 1; $i <= 20; $i++) {
    $adapter->sendMessage(tw_message("+14155550100", "message $i"));
}
$log = metamta_mock_requests($mock);
echo count($log), " requests, last body: ", $log[19]["parsed"]["form"]["Body"], "\n";
echo count(array_unique(array_column($log, "conn"))), " connection(s) in the log\n";
$stats = metamta_mock_stats($mock);
echo $stats["connections"], " connection(s), ", $stats["requests"], " requests\n";
?>
--EXPECT--
20 requests, last body: message 20
1 connection(s) in the log
1 connection(s), 20 requests
