--TEST--
TwilioAdapter::sendMessage() refuses an empty auth-token or one with CR/LF/NUL before sending, without quoting it
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
metamta_report(fn() => tw_adapter($mock, ["auth-token" => ""])->sendMessage(tw_message()));
metamta_report(fn() => tw_adapter($mock, ["auth-token" => "tok\r\nX-Injected: 1"])->sendMessage(tw_message()));
metamta_report(fn() => tw_adapter($mock, ["auth-token" => "tok\0en"])->sendMessage(tw_message()));
var_dump(count(metamta_mock_requests($mock)));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Twilio auth-token must not be empty
MetaMTA\InvalidArgumentException: Twilio auth-token must not contain CR, LF or NUL
MetaMTA\InvalidArgumentException: Twilio auth-token must not contain CR, LF or NUL
int(0)
