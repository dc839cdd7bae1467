--TEST--
TwilioAdapter::sendMessage() against a 2xx with cut-off JSON or an empty body: accepted (Twilio took the message; a retry would send it twice)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

foreach (["malformed-json", "empty-body"] as $fault) {
    $mock = tw_mock(["fault" => $fault]);
    metamta_report(fn() => tw_adapter($mock)->sendMessage(tw_message()), $mock);
    echo metamta_mock_requests($mock)[0]["verdict"], "\n";
    metamta_server_stop($mock);
}
?>
--EXPECT--
no exception
fault malformed-json
no exception
fault empty-body
