--TEST--
SMTPAdapter::setOptions() rejects an unknown protocol (the original silently sent plain text), bad hosts, ports and timeouts
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$a = new MetaMTA\SMTPAdapter();
$d = $a->newDefaultOptions();
throws(fn() => $a->setOptions(['protocol' => 'starttls'] + $d));
throws(fn() => $a->setOptions(['protocol' => "tls\n"] + $d));
throws(fn() => $a->setOptions(['host' => 'mail.example.com/x'] + $d));
throws(fn() => $a->setOptions(['host' => 'user@mail.example.com'] + $d));
throws(fn() => $a->setOptions(['host' => 'mail.example.com:0'] + $d));
throws(fn() => $a->setOptions(['host' => "mail.example.com\0evil"] + $d));
throws(fn() => $a->setOptions(['password' => "pa\0ss-secret"] + $d));
throws(fn() => $a->setOptions(['port' => 70000] + $d));
throws(fn() => $a->setOptions(['timeout' => 0] + $d));
throws(fn() => $a->setOptions(['port' => '25'] + $d));
throws(fn() => $a->setOptions(['smtp-host' => 'x'] + $d));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Option 'protocol' must be null, "", "tls" (STARTTLS) or "ssl" (implicit TLS), 'starttls' given.
MetaMTA\InvalidArgumentException: Option 'protocol' must be null, "", "tls" (STARTTLS) or "ssl" (implicit TLS), 'tls\n' given.
MetaMTA\InvalidArgumentException: The SMTP host 'mail.example.com/x' is not a host name or IP address with an optional :port.
MetaMTA\InvalidArgumentException: The SMTP host 'user@mail.example.com' is not a host name or IP address with an optional :port.
MetaMTA\InvalidArgumentException: The SMTP host 'mail.example.com:0' is not a host name or IP address with an optional :port.
MetaMTA\InvalidArgumentException: Option 'host' contains a NUL byte: 'mail.example.com\0evil'.
MetaMTA\InvalidArgumentException: Option 'password' contains a NUL byte.
MetaMTA\InvalidArgumentException: Option 'port' must be between 1 and 65535, 70000 given.
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 0 given.
MetaMTA\InvalidArgumentException: Parameter 'port' has invalid type: expected type 'int', got type 'string'.
MetaMTA\InvalidArgumentException: Got unexpected parameters: smtp-host.
