--TEST--
MailgunAdapter::setOptions() rejects a domain that is not a DNS name and an api-hostname that is more than host[:port]; the old options stay
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailgunAdapter;

$adapter = new MailgunAdapter();
$ok = ["api-key" => "key-1", "domain" => "mg.example.com"] + $adapter->newDefaultOptions();
$adapter->setOptions($ok);
foreach (["../x", "a/b", "", ".", "mg..example.com", "mg.example.com.", "mg.example.com:80", "mg.example.com?x",
    "mg%2Fexample", "mg.example.com\r\nX: y", "m\0g"] as $domain) {
    throws(fn() => $adapter->setOptions(["domain" => $domain] + $ok));
}
foreach (["api.eu.mailgun.net/v3", "https://api.eu.mailgun.net", "api.eu.mailgun.net/", "api.eu.mailgun.net?x",
    "api.eu.mailgun.net#x", "u:hunter2@api.eu.mailgun.net", "", "api.eu.mailgun.net:0", "api.eu.mailgun.net:99999",
    "api_eu.mailgun.net", "api.eu.mailgun.net:", " api.eu.mailgun.net"] as $host) {
    throws(fn() => $adapter->setOptions(["api-hostname" => $host] + $ok));
}
var_dump($adapter->getOption("domain"), $adapter->getOption("api-hostname"));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), '../x' given
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'a/b' given
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), '' given
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), '.' given
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'mg..example.com' given
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'mg.example.com.' given
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'mg.example.com:80' given
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'mg.example.com?x' given
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'mg%2Fexample' given
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'mg.example.com\r\nX: y' given
MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'm\0g' given
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.eu.mailgun.net/v3' given
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'https://api.eu.mailgun.net' given
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.eu.mailgun.net/' given
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.eu.mailgun.net?x' given
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.eu.mailgun.net#x' given
MetaMTA\InvalidArgumentException: API host name must not contain '@'
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), '' given
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.eu.mailgun.net:0' given
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.eu.mailgun.net:99999' given
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api_eu.mailgun.net' given
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.eu.mailgun.net:' given
MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), ' api.eu.mailgun.net' given
string(14) "mg.example.com"
string(15) "api.mailgun.net"
