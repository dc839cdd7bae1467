--TEST--
PostmarkAdapter::sendMessage(): twenty sends travel over one kept-alive connection
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'pm-token']);
for ($i = 1; $i <= 20; $i++) {
    $adapter->sendMessage(metamta_simple_message()->setSubject("Message $i"));
}
$stats = metamta_mock_stats($mock);
var_dump($stats['connections'], $stats['requests']);
$log = metamta_mock_requests($mock);
var_dump(count(array_unique(array_column($log, 'conn'))), array_unique(array_column($log, 'verdict')));
echo $log[19]['parsed']['json']['Subject'], "\n";
?>
--EXPECT--
int(1)
int(20)
int(1)
array(1) {
  [0]=>
  string(2) "ok"
}
Message 20
