--TEST--
SMTP server: --stall accepts the connection but never sends the greeting
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start(['stall' => true]);
$c = metamta_smtp_connect($server, 0.3);
stream_set_timeout($c, 0, 300000);
try {
    metamta_smtp_reply($c);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
fclose($c);
var_dump(metamta_server_running($server));
// The start helper's readiness probe is an accept too, hence at least 2.
echo metamta_smtp_stats($server)['accepted'] >= 2 ? "accepted\n" : "not accepted\n";
metamta_server_stop($server);
?>
--EXPECT--
SMTP server timed out
bool(true)
accepted
