--TEST--
TwilioAdapter::sendMessage() sends a body of exactly 1600 characters (multi-byte) whole
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
$body = str_repeat("é", 1599) . "!";
tw_adapter($mock)->sendMessage(tw_message("+442079460958", $body));
[$r] = metamta_mock_requests($mock);
var_dump($r["verdict"], $r["parsed"]["form"]["To"], $r["parsed"]["form"]["Body"] === $body, strlen($body));
?>
--EXPECT--
string(2) "ok"
string(13) "+442079460958"
bool(true)
int(3199)
