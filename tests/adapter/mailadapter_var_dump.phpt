--TEST--
var_dump() of adapters shows the state and option keys, with secret-looking values redacted
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/userland.inc';

var_dump(new MetaMTA\TestAdapter());

$adapter = (new DemoAdapter())->setKey('demo-1')->setPriority(10)->setMedia(['email']);
$adapter->setOptions(['api-key' => 'sk-live-123', 'host' => 'mx.example.org'] + $adapter->newDefaultOptions());
var_dump($adapter);

// Any key containing key, token, secret or password (any case) is redacted, in nested maps too.
final class Loose extends MetaMTA\MailAdapter
{
    const ADAPTERTYPE = 'loose';
    public function getSupportedMessageTypes(): array { return ['email']; }
    public function sendMessage(MetaMTA\ExternalMessage $message): void {}
    protected function validateOptions(array $options): void {}
    public function newDefaultOptions(): array { return []; }
}
$loose = (new Loose())->setOptions([
    'Access-Token' => 't',
    'SIGNING_SECRET' => 's',
    'smtp-password' => 'p',
    'keyring' => 'k',
    'user' => 'u',
    'auth' => ['user' => 'u', 'Password' => 'p'],
    3 => 'int key',
]);
print_r($loose);
?>
--EXPECT--
object(MetaMTA\TestAdapter)#1 (10) {
  ["type"]=>
  string(4) "test"
  ["key"]=>
  NULL
  ["priority"]=>
  NULL
  ["media"]=>
  NULL
  ["supportsInbound"]=>
  bool(true)
  ["supportsOutbound"]=>
  bool(true)
  ["options"]=>
  array(0) {
  }
  ["supportsMessageID"]=>
  bool(false)
  ["failPermanently"]=>
  bool(false)
  ["failTemporarily"]=>
  bool(false)
}
validateOptions(api-key, host, port, inbound-addresses, message-id)
object(DemoAdapter)#1 (8) {
  ["type"]=>
  string(4) "demo"
  ["key"]=>
  string(6) "demo-1"
  ["priority"]=>
  int(10)
  ["media"]=>
  array(1) {
    [0]=>
    string(5) "email"
  }
  ["supportsInbound"]=>
  bool(true)
  ["supportsOutbound"]=>
  bool(true)
  ["options"]=>
  array(5) {
    ["api-key"]=>
    string(10) "[redacted]"
    ["host"]=>
    string(14) "mx.example.org"
    ["port"]=>
    int(25)
    ["inbound-addresses"]=>
    array(1) {
      [0]=>
      string(12) "127.0.0.1/32"
    }
    ["message-id"]=>
    NULL
  }
  ["sent"]=>
  array(0) {
  }
}
Loose Object
(
    [type] => loose
    [key] => 
    [priority] => 
    [media] => 
    [supportsInbound] => 1
    [supportsOutbound] => 1
    [options] => Array
        (
            [Access-Token] => [redacted]
            [SIGNING_SECRET] => [redacted]
            [smtp-password] => [redacted]
            [keyring] => [redacted]
            [user] => u
            [auth] => Array
                (
                    [user] => u
                    [Password] => [redacted]
                )

            [3] => int key
        )

)
