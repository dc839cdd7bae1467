--TEST--
SMTPAdapter::sendMessage(): five sends share one connection; a server closing after each message costs no failed send
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_adapter.inc';
$keep = metamta_smtp_start();
$a = smtp_adapter($keep);
for ($i = 0; $i < 5; $i++) {
    $a->sendMessage(smtp_message("m$i"));
}
$stats = metamta_smtp_stats($keep);
var_dump($stats['connections'], $stats['messages']);
$one = metamta_smtp_start(['max-messages-per-connection' => 1]);
$a = smtp_adapter($one);
for ($i = 0; $i < 3; $i++) {
    $a->sendMessage(smtp_message("m$i"));
}
var_dump(metamta_smtp_stats($one)['messages']);
?>
--EXPECT--
int(1)
int(5)
int(3)
