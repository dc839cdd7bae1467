--TEST--
TwilioAdapter::sendMessage() posts From, To and a non-ASCII Body form-encoded, with Basic sid:token and Accept: application/json
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/twilio.inc';

$mock = tw_mock();
$adapter = tw_adapter($mock, ["from-number" => "+1 (500) 555-0006"]);
var_dump($adapter->sendMessage(tw_message("(415) 555-0100", "Grüße & ☃ a+b=c 100%\nline 2 😀")));
[$r] = metamta_mock_requests($mock);
echo $r["method"], " ", $r["path"], " ", $r["status"], " ", $r["verdict"], "\n";
echo $r["headers"]["authorization"] === "Basic " . base64_encode(TW_SID . ":" . TW_TOKEN) ? "basic sid:token\n" : "bad auth\n";
echo $r["headers"]["accept"], "\n", $r["headers"]["content-type"], "\n", $r["body"], "\n";
foreach ($r["parsed"]["fields"] as [$name, $value]) {
    echo $name, " = ", json_encode($value, JSON_UNESCAPED_UNICODE), "\n";
}
?>
--EXPECT--
NULL
POST /2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json 201 ok
basic sid:token
application/json
application/x-www-form-urlencoded
From=%2B15005550006&To=%2B14155550100&Body=Gr%C3%BC%C3%9Fe%20%26%20%E2%98%83%20a%2Bb%3Dc%20100%25%0Aline%202%20%F0%9F%98%80
From = "+15005550006"
To = "+14155550100"
Body = "Grüße & ☃ a+b=c 100%\nline 2 😀"
