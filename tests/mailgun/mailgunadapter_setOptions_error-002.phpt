--TEST--
MailgunAdapter::setOptions() rejects a bad base-uri: http to a non-loopback host, user-info (password never quoted), query, fragment, other schemes
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailgunAdapter;

$adapter = new MailgunAdapter();
$ok = ["api-key" => "key-1", "domain" => "mg.example.com"] + $adapter->newDefaultOptions();
foreach (["http://api.mailgun.net", "http://127.0.0.1.example.com", "http://10.0.0.1:8080", "https://u:hunter2@127.0.0.1",
    "https://hunter2@api.mailgun.net", "https://127.0.0.1/x#frag", "https://127.0.0.1/x?q=1", "ftp://127.0.0.1",
    "127.0.0.1:8080", "", "https://", "https://127.0.0.1:0", "https://127.0.0.1:65536", "https://127.0.0.1/a/../b",
    "https://127.0.0.1/a b", "https://bad_host"] as $uri) {
    try {
        $adapter->setOptions(["base-uri" => $uri] + $ok);
        echo "accepted $uri\n";
    } catch (MetaMTA\InvalidArgumentException $e) {
        echo $e->getMessage(), str_contains($e->getMessage(), "hunter2") ? " LEAKED\n" : "\n";
    }
}
?>
--EXPECT--
Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), 'http://api.mailgun.net' given
Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), 'http://127.0.0.1.example.com' given
Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), 'http://10.0.0.1:8080' given
Base URI must not contain user-info ('@'); credentials belong in the adapter options
Base URI must not contain user-info ('@'); credentials belong in the adapter options
Base URI must not contain a fragment, 'https://127.0.0.1/x#frag' given
Base URI must not contain a query, 'https://127.0.0.1/x?q=1' given
Base URI must start with https:// (or http:// for a loopback host), 'ftp://127.0.0.1' given
Base URI must start with https:// (or http:// for a loopback host), '127.0.0.1:8080' given
Base URI must start with https:// (or http:// for a loopback host), '' given
Base URI has an empty host, 'https://' given
Base URI has an invalid port (expected 1-65535), 'https://127.0.0.1:0' given
Base URI has an invalid port (expected 1-65535), 'https://127.0.0.1:65536' given
Base URI has a malformed path (allowed: RFC 3986 characters, no empty, '.' or '..' segments), 'https://127.0.0.1/a/../b' given
Base URI must not contain whitespace, control or non-ASCII characters, 'https://127.0.0.1/a b' given
Base URI has a malformed host, 'https://bad_host' given
