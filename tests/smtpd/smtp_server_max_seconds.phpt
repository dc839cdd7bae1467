--TEST--
SMTP servers: each exits by itself after --max-seconds
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$seconds = 0.5 * metamta_time_scale(); // the helper's readiness probe must come first
$servers = [metamta_smtp_start(['max-seconds' => $seconds]), metamta_smtp_recorder_start(['max-seconds' => $seconds])];
$deadline = microtime(true) + 2.5 * metamta_time_scale();
while (array_filter($servers, 'metamta_server_running') && microtime(true) < $deadline) {
    usleep(20000);
}
foreach ($servers as $server) {
    var_dump(metamta_server_running($server));
    metamta_server_stop($server);
}
?>
--EXPECT--
bool(false)
bool(false)
