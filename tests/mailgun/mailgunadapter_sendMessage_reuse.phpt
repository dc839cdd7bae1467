--TEST--
MailgunAdapter::sendMessage() 20 times over one kept-alive connection
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/mailgun.inc';

$mock = mg_mock();
$adapter = mg_adapter($mock);
for ($i = 1; $i <= 20; $i++) {
    $adapter->sendMessage(mg_message("message $i"));
}
$log = metamta_mock_requests($mock);
echo count($log), " requests, texts in order: ",
    var_export(array_column(array_column($log, "parsed"), "form")[19]["text"] === "message 20", true), "\n";
echo count(array_unique(array_column($log, "conn"))), " connection(s) in the log\n";
$stats = metamta_mock_stats($mock);
echo $stats["connections"], " connection(s), ", $stats["requests"], " requests\n";
?>
--EXPECT--
20 requests, texts in order: true
1 connection(s) in the log
1 connection(s), 20 requests
