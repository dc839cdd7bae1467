--TEST--
SendmailAdapter::supportsMessageIDHeader(): the message-id option when set, else true (no host to guess from)
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\SendmailAdapter();
var_dump($adapter->supportsMessageIDHeader());
foreach ([null, true, false] as $value) {
    $adapter->setOptions(['message-id' => $value] + $adapter->newDefaultOptions());
    var_dump($adapter->supportsMessageIDHeader());
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
