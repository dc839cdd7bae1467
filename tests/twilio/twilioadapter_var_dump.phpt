--TEST--
var_dump() of a TwilioAdapter redacts auth-token and shows the account SID
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\TwilioAdapter;

$adapter = (new TwilioAdapter())->setKey("sms")->setPriority(5)->setOptions(["account-sid" => "AC0123456789abcdef0123456789abcdef",
    "auth-token" => "tok-s3cr3t", "from-number" => "+15005550006", "base-uri" => null, "timeout" => 60]);
var_dump($adapter);
var_dump(str_contains(print_r($adapter, true) . var_export((array) $adapter, true), "s3cr3t"));
?>
--EXPECT--
object(MetaMTA\TwilioAdapter)#1 (7) {
  ["type"]=>
  string(6) "twilio"
  ["key"]=>
  string(3) "sms"
  ["priority"]=>
  int(5)
  ["media"]=>
  NULL
  ["supportsInbound"]=>
  bool(true)
  ["supportsOutbound"]=>
  bool(true)
  ["options"]=>
  array(5) {
    ["account-sid"]=>
    string(34) "AC0123456789abcdef0123456789abcdef"
    ["auth-token"]=>
    string(10) "[redacted]"
    ["from-number"]=>
    string(12) "+15005550006"
    ["base-uri"]=>
    NULL
    ["timeout"]=>
    int(60)
  }
}
bool(false)
