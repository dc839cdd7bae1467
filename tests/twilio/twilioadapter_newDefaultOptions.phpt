--TEST--
TwilioAdapter::newDefaultOptions() lists every option with its default; type, media and Message-ID support
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\TwilioAdapter;

$adapter = new TwilioAdapter();
var_dump($adapter->newDefaultOptions());
var_dump(TwilioAdapter::ADAPTERTYPE, $adapter->getAdapterType(), $adapter->getSupportedMessageTypes(),
    $adapter->supportsMessageIDHeader(), $adapter->supportsMessageType("sms"), $adapter->supportsMessageType("email"));
?>
--EXPECT--
array(5) {
  ["account-sid"]=>
  NULL
  ["auth-token"]=>
  NULL
  ["from-number"]=>
  NULL
  ["base-uri"]=>
  NULL
  ["timeout"]=>
  int(60)
}
string(6) "twilio"
string(6) "twilio"
array(1) {
  [0]=>
  string(3) "sms"
}
bool(false)
bool(true)
bool(false)
