--TEST--
Loopback servers: stop terminates the process and frees the port; --max-seconds ends an unstopped one
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/server.inc';
$mock = metamta_mock_start(['tls' => false]);
var_dump(metamta_server_running($mock), metamta_server_stop($mock), metamta_server_running($mock));
var_dump(@stream_socket_client("tcp://127.0.0.1:{$mock['port']}", $errno, $errstr, 1) === false, is_file($mock['log']));
var_dump(metamta_server_stop($mock));
$short = metamta_mock_start(['tls' => false, 'max_seconds' => 0.3]);
var_dump(metamta_server_wait($short['proc'], 5.0 * metamta_time_scale()));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
