--TEST--
AmazonSESAdapter::setOptions(): region, endpoint, session-token, base-uri and timeout are checked
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$adapter = new MetaMTA\AmazonSESAdapter();
$good = ['access-key' => 'AKID', 'secret-key' => 'secret', 'region' => 'us-east-1',
    'endpoint' => 'email.us-east-1.amazonaws.com'] + $adapter->newDefaultOptions();
$try = fn(array $change) => throws(fn() => $adapter->setOptions($change + $good));
$try(['region' => 'US-EAST-1']);
$try(['region' => "us-east-1\n"]);
$try(['region' => '']);
$try(['endpoint' => 'https://email.us-east-1.amazonaws.com']);
$try(['endpoint' => 'email.us-east-1.amazonaws.com/x']);
$try(['endpoint' => 'localhost:4566']);
$try(['endpoint' => 'user:pw@host.example']);
$try(['session-token' => 42]);
$try(['secret-key' => null]);
$try(['timeout' => 0]);
$try(['base-uri' => 'http://example.com']);
$try(['unknown' => 1]);
throws(fn() => $adapter->setOptions(['access-key' => 'AKID']));
$adapter->setOptions(['session-token' => 'tok'] + $good);
echo $adapter->getOption('region'), "\n";
?>
--EXPECT--
MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), 'US-EAST-1' given
MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), 'us-east-1\n' given
MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), '' given
MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'https://email.us-east-1.amazonaws.com' given
MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'email.us-east-1.amazonaws.com/x' given
MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'localhost:4566' given
MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name (like 'email.us-east-1.amazonaws.com'), not a URL with user-info
MetaMTA\InvalidArgumentException: Parameter 'session-token' has invalid type: expected type 'string|null', got type 'int'.
MetaMTA\InvalidArgumentException: Parameter 'secret-key' has invalid type: expected type 'string', got type 'null'.
MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 0 given
MetaMTA\InvalidArgumentException: Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), 'http://example.com' given
MetaMTA\InvalidArgumentException: Got unexpected parameters: unknown.
MetaMTA\InvalidArgumentException: Missing required parameters: secret-key, region, endpoint, session-token, base-uri, timeout.
us-east-1
