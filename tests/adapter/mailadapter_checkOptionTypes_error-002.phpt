--TEST--
MailAdapter::checkOptionTypes(): bad type specifications, and option values never appear in messages
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/userland.inc';

echo "bad specifications fail whatever the map holds\n";
throws(fn() => CheckAdapter::check(['port' => 25], ['port' => 'integer']));
throws(fn() => CheckAdapter::check([], ['port' => 'int|']));
throws(fn() => CheckAdapter::check([], ['port' => 'list<int>']));
throws(fn() => CheckAdapter::check([], ['port' => 5]));

echo "no value in any message\n";
$secret = 'hunter2-SECRET-VALUE';
$adapter = new DemoAdapter();
$messages = [];
foreach ([
    ['api-key' => $secret, 'extra' => $secret],
    ['port' => $secret, 'api-key' => $secret] + $adapter->newDefaultOptions(),
    ['api-key' => [$secret]] + $adapter->newDefaultOptions(),
    ['api-key' => 'k', 'inbound-addresses' => [$secret, 1]] + $adapter->newDefaultOptions(),
] as $options) {
    try {
        $adapter->setOptions($options);
    } catch (MetaMTA\InvalidArgumentException $e) {
        $messages[] = $e->getMessage();
    }
}
echo implode("\n", $messages), "\n";
var_dump(count($messages), str_contains(implode('', $messages), 'hunter2'));
?>
--EXPECT--
bad specifications fail whatever the map holds
MetaMTA\InvalidArgumentException: Option type 'integer' of parameter 'port' is not one of string, int, bool, null, list<string> or alternatives of them joined by '|'.
MetaMTA\InvalidArgumentException: Option type 'int|' of parameter 'port' is not one of string, int, bool, null, list<string> or alternatives of them joined by '|'.
MetaMTA\InvalidArgumentException: Option type 'list<int>' of parameter 'port' is not one of string, int, bool, null, list<string> or alternatives of them joined by '|'.
MetaMTA\InvalidArgumentException: Option type of parameter 'port' must be a string, int given.
no value in any message
validateOptions(api-key, extra)
validateOptions(port, api-key, host, inbound-addresses, message-id)
validateOptions(api-key, host, port, inbound-addresses, message-id)
validateOptions(api-key, inbound-addresses, host, port, message-id)
Got unexpected parameters: extra.
Parameter 'port' has invalid type: expected type 'int', got type 'string'.
Parameter 'api-key' has invalid type: expected type 'string', got type 'list<string>'.
Parameter 'inbound-addresses' has invalid type: expected type 'list<string>', got type 'list<mixed>'.
int(4)
bool(false)
