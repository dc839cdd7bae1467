--TEST--
PostmarkAdapter::sendMessage(): a second adapter to the same server shares the kept-alive connection
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$first = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'token-one']);
$second = metamta_mock_adapter(MetaMTA\PostmarkAdapter::class, $mock, ['access-token' => 'token-two']);
$first->sendMessage(metamta_simple_message());
$second->sendMessage(metamta_simple_message());
unset($first);
$second->sendMessage(metamta_simple_message());
var_dump(metamta_mock_stats($mock)['connections']);
foreach (metamta_mock_requests($mock) as $r) {
    echo $r['headers']['x-postmark-server-token'], "\n";
}
?>
--EXPECT--
int(1)
token-one
token-two
token-two
