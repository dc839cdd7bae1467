--TEST--
MailgunAdapter::setOptions() accepts the EU host, a host with a port, loopback http and https base URIs with a path, a signing key and the timeout bounds
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailgunAdapter;

$defaults = ["api-key" => "key-1", "domain" => "mg.example.com"] + (new MailgunAdapter())->newDefaultOptions();
$cases = [
    ["api-hostname" => "api.eu.mailgun.net"],
    ["api-hostname" => "API.EU.Mailgun.NET:8443"],
    ["api-hostname" => "127.0.0.1:1"],
    ["domain" => "sandbox-123.mailgun.org"],
    ["base-uri" => "http://127.0.0.1:8080"],
    ["base-uri" => "http://localhost/mailgun/"],
    ["base-uri" => "http://[::1]:9"],
    ["base-uri" => "https://proxy.example.com/v1/mailgun"],
    ["webhook-signing-key" => "whsec-1"],
    ["timeout" => 1],
    ["timeout" => 3600],
];
foreach ($cases as $case) {
    $adapter = (new MailgunAdapter())->setOptions($case + $defaults);
    foreach ($case as $key => $value) {
        echo $key, " => ", var_export($adapter->getOption($key), true), "\n";
    }
}
?>
--EXPECT--
api-hostname => 'api.eu.mailgun.net'
api-hostname => 'API.EU.Mailgun.NET:8443'
api-hostname => '127.0.0.1:1'
domain => 'sandbox-123.mailgun.org'
base-uri => 'http://127.0.0.1:8080'
base-uri => 'http://localhost/mailgun/'
base-uri => 'http://[::1]:9'
base-uri => 'https://proxy.example.com/v1/mailgun'
webhook-signing-key => 'whsec-1'
timeout => 1
timeout => 3600
