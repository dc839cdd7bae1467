--TEST--
SendGridAdapter::setOptions() rejects a bad base-uri (never quoting a password) and a timeout out of 1..3600
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

$adapter = new MetaMTA\SendGridAdapter();
$good = ['api-key' => 'SG.key'] + $adapter->newDefaultOptions();
foreach (['http://api.sendgrid.com', 'https://apikey:hunter2@api.sendgrid.com', 'https://api.sendgrid.com/v3#x',
    'https://api.sendgrid.com?x', 'gopher://api.sendgrid.com', 'https://api.sendgrid.com//v3'] as $uri) {
    ob_start();
    throws(fn() => $adapter->setOptions(['base-uri' => $uri] + $good));
    $out = ob_get_clean();
    echo str_contains($out, 'hunter2') ? "PASSWORD LEAKED\n" : $out;
}
throws(fn() => $adapter->setOptions(['timeout' => 0] + $good));
throws(fn() => $adapter->setOptions(['timeout' => 86400] + $good));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), 'http://api.sendgrid.com' given
MetaMTA\InvalidArgumentException: Base URI must not contain user-info ('@'); credentials belong in the adapter options
MetaMTA\InvalidArgumentException: Base URI must not contain a fragment, 'https://api.sendgrid.com/v3#x' given
MetaMTA\InvalidArgumentException: Base URI must not contain a query, 'https://api.sendgrid.com?x' given
MetaMTA\InvalidArgumentException: Base URI must start with https:// (or http:// for a loopback host), 'gopher://api.sendgrid.com' given
MetaMTA\InvalidArgumentException: Base URI has a malformed path (allowed: RFC 3986 characters, no empty, '.' or '..' segments), 'https://api.sendgrid.com//v3' given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 0 given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 86400 given
