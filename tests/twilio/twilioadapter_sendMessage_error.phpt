--TEST--
TwilioAdapter::sendMessage() with a wrong token: Twilio's 401 (code 20003) is a ProviderException with code and message
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
metamta_report(fn() => tw_adapter($mock, ["auth-token" => "wrong-token"])->sendMessage(tw_message()), $mock);
echo metamta_mock_requests($mock)[0]["verdict"], "\n";
?>
--EXPECT--
MetaMTA\ProviderException: Twilio request failed with HTTP status 401: (20003) Authenticate
int(401)
int(20003)
string(12) "Authenticate"
bool(false)
twilio 20003: Authenticate
