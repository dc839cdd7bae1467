--TEST--
TwilioAdapter::setOptions() accepts upper-case SID hex, formatted and international from-numbers, loopback http and https base URIs
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\TwilioAdapter;

$adapter = new TwilioAdapter();
$ok = ["account-sid" => "AC0123456789abcdef0123456789abcdef", "auth-token" => "tok-1", "from-number" => "+15005550006"]
    + $adapter->newDefaultOptions();
$cases = [
    ["account-sid" => "AC0123456789ABCDEF0123456789ABCDEF"],
    ["from-number" => "+1 (500) 555-0006"],
    ["from-number" => "(415) 555-0100"],
    ["from-number" => "+44 20 7946 0958"],
    ["base-uri" => "http://127.0.0.1:8080/twilio"],
    ["base-uri" => "https://proxy.example.com"],
    ["timeout" => 1],
];
foreach ($cases as $case) {
    $adapter->setOptions($case + $ok);
    foreach ($case as $key => $value) {
        echo $key, " => ", var_export($adapter->getOption($key), true), "\n";
    }
}
?>
--EXPECT--
account-sid => 'AC0123456789ABCDEF0123456789ABCDEF'
from-number => '+1 (500) 555-0006'
from-number => '(415) 555-0100'
from-number => '+44 20 7946 0958'
base-uri => 'http://127.0.0.1:8080/twilio'
base-uri => 'https://proxy.example.com'
timeout => 1
