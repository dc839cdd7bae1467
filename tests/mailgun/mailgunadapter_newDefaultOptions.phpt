--TEST--
MailgunAdapter::newDefaultOptions() lists every option with its default; type, media and Message-ID support
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailgunAdapter;

$adapter = new MailgunAdapter();
var_dump($adapter->newDefaultOptions());
var_dump(MailgunAdapter::ADAPTERTYPE, $adapter->getAdapterType(), $adapter->getSupportedMessageTypes(),
    $adapter->supportsMessageIDHeader(), $adapter->supportsMessageType("email"), $adapter->supportsMessageType("sms"));
?>
--EXPECT--
array(6) {
  ["api-key"]=>
  NULL
  ["domain"]=>
  NULL
  ["api-hostname"]=>
  string(15) "api.mailgun.net"
  ["webhook-signing-key"]=>
  NULL
  ["base-uri"]=>
  NULL
  ["timeout"]=>
  int(60)
}
string(7) "mailgun"
string(7) "mailgun"
array(1) {
  [0]=>
  string(5) "email"
}
bool(true)
bool(true)
bool(false)
