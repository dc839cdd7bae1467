--TEST--
TwilioAdapter::sendMessage() against nginx's HTML 502 page: retryable ProviderException quoting a short excerpt
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock(["fault" => "502-html"]);
metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message()), $mock);
?>
--EXPECT--
MetaMTA\ProviderException: Twilio request failed with HTTP status 502: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></c'...
int(502)
NULL
NULL
bool(true)
