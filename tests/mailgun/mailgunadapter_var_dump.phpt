--TEST--
var_dump() and print_r() of a MailgunAdapter redact api-key and webhook-signing-key
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailgunAdapter;

$adapter = (new MailgunAdapter())->setKey("mailgun-eu")->setOptions(["api-key" => "key-s3cr3t",
    "domain" => "mg.example.com", "api-hostname" => "api.eu.mailgun.net", "webhook-signing-key" => "whk-s3cr3t",
    "base-uri" => null, "timeout" => 30]);
var_dump($adapter);
$printed = print_r($adapter, true) . var_export((array) $adapter, true) . json_encode($adapter);
var_dump(str_contains($printed, "s3cr3t"));
?>
--EXPECT--
object(MetaMTA\MailgunAdapter)#1 (7) {
  ["type"]=>
  string(7) "mailgun"
  ["key"]=>
  string(10) "mailgun-eu"
  ["priority"]=>
  NULL
  ["media"]=>
  NULL
  ["supportsInbound"]=>
  bool(true)
  ["supportsOutbound"]=>
  bool(true)
  ["options"]=>
  array(6) {
    ["api-key"]=>
    string(10) "[redacted]"
    ["domain"]=>
    string(14) "mg.example.com"
    ["api-hostname"]=>
    string(18) "api.eu.mailgun.net"
    ["webhook-signing-key"]=>
    string(10) "[redacted]"
    ["base-uri"]=>
    NULL
    ["timeout"]=>
    int(30)
  }
}
bool(false)
