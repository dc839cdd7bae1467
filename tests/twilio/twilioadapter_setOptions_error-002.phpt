--TEST--
TwilioAdapter::setOptions() rejects a bad base-uri (http to a non-loopback host, user-info without quoting the password, fragment) and a timeout out of range
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\TwilioAdapter;

$adapter = new TwilioAdapter();
$ok = ["account-sid" => "AC0123456789abcdef0123456789abcdef", "auth-token" => "tok-1", "from-number" => "+15005550006"]
    + $adapter->newDefaultOptions();
foreach (["http://api.twilio.com", "https://AC1:hunter2@api.twilio.com", "https://127.0.0.1/x#f", "https://127.0.0.1/x?y"] as $uri) {
    try {
        $adapter->setOptions(["base-uri" => $uri] + $ok);
        echo "accepted $uri\n";
    } catch (MetaMTA\InvalidArgumentException $e) {
        echo $e->getMessage(), str_contains($e->getMessage(), "hunter2") ? " LEAKED\n" : "\n";
    }
}
throws(fn() => $adapter->setOptions(["timeout" => 0] + $ok));
throws(fn() => $adapter->setOptions(["timeout" => 3601] + $ok));
?>
--EXPECT--
Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), 'http://api.twilio.com' given
Base URI must not contain user-info ('@'); credentials belong in the adapter options
Base URI must not contain a fragment, 'https://127.0.0.1/x#f' given
Base URI must not contain a query, 'https://127.0.0.1/x?y' given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 0 given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 3601 given
