--TEST--
TwilioAdapter::sendMessage() with a base-uri keeps its path prefix (and drops a trailing slash)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
tw_adapter($mock, ["base-uri" => $mock["base_uri"] . "/proxy/twilio/"])->sendMessage(tw_message());
foreach (metamta_mock_requests($mock) as $r) {
    echo $r["path"], " ", $r["parsed"]["account_sid"], " ", $r["verdict"], "\n";
}
?>
--EXPECT--
/proxy/twilio/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json AC0123456789abcdef0123456789abcdef ok
