--TEST--
PostmarkAdapter::setOptions() rejects a bad base-uri (never quoting a password) and a timeout out of 1..3600
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

$adapter = new MetaMTA\PostmarkAdapter();
$good = ['access-token' => 'pm-token'] + $adapter->newDefaultOptions();
foreach ([
    'http://api.postmarkapp.com',
    'http://127.0.0.1.example.com',
    'https://user:hunter2@api.postmarkapp.com',
    'ftp://user:hunter2@api.postmarkapp.com#x',
    'https://api.postmarkapp.com/#fragment',
    'https://api.postmarkapp.com/?x=1',
    'ftp://api.postmarkapp.com',
    "https://api.postmarkapp.com/\r\nX-Evil: 1",
    'https://api.postmarkapp.com:0',
    'https://api.postmarkapp.com/a/../b',
    'https://',
    '',
] as $uri) {
    ob_start();
    throws(fn() => $adapter->setOptions(['base-uri' => $uri] + $good));
    $out = ob_get_clean();
    echo str_contains($out, 'hunter2') ? "PASSWORD LEAKED\n" : $out;
}
throws(fn() => $adapter->setOptions(['timeout' => 0] + $good));
throws(fn() => $adapter->setOptions(['timeout' => -5] + $good));
throws(fn() => $adapter->setOptions(['timeout' => 3601] + $good));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), 'http://api.postmarkapp.com' given
MetaMTA\InvalidArgumentException: Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), 'http://127.0.0.1.example.com' given
MetaMTA\InvalidArgumentException: Base URI must not contain user-info ('@'); credentials belong in the adapter options
MetaMTA\InvalidArgumentException: Base URI must not contain user-info ('@'); credentials belong in the adapter options
MetaMTA\InvalidArgumentException: Base URI must not contain a fragment, 'https://api.postmarkapp.com/#fragment' given
MetaMTA\InvalidArgumentException: Base URI must not contain a query, 'https://api.postmarkapp.com/?x=1' given
MetaMTA\InvalidArgumentException: Base URI must start with https:// (or http:// for a loopback host), 'ftp://api.postmarkapp.com' given
MetaMTA\InvalidArgumentException: Base URI must not contain whitespace, control or non-ASCII characters, 'https://api.postmarkapp.com/\r\nX-Evil: 1' given
MetaMTA\InvalidArgumentException: Base URI has an invalid port (expected 1-65535), 'https://api.postmarkapp.com:0' given
MetaMTA\InvalidArgumentException: Base URI has a malformed path (allowed: RFC 3986 characters, no empty, '.' or '..' segments), 'https://api.postmarkapp.com/a/../b' given
MetaMTA\InvalidArgumentException: Base URI has an empty host, 'https://' given
MetaMTA\InvalidArgumentException: Base URI must start with https:// (or http:// for a loopback host), '' given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 0 given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, -5 given
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 3601 given
