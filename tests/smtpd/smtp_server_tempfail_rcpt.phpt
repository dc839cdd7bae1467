--TEST--
SMTP server: --tempfail-rcpt answers 451 and DATA without an accepted recipient is refused
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start(['tempfail-rcpt' => 'later@x.test']);
$c = metamta_smtp_connect($server);
metamta_smtp_reply($c);
metamta_smtp_command($c, 'EHLO client.test');
metamta_smtp_command($c, 'MAIL FROM:<from@x.test>');
echo json_encode(metamta_smtp_command($c, 'RCPT TO:<later@x.test>')), "\n";
echo metamta_smtp_command($c, 'DATA')['code'], "\n";
fclose($c);
$rcpt = array_values(array_filter(metamta_smtp_events($server), fn($e) => $e['event'] === 'rcpt'));
echo json_encode(array_map(fn($e) => array_diff_key($e, ['conn' => 0]), $rcpt)), "\n";
metamta_server_stop($server);
?>
--EXPECT--
{"code":451,"text":"4.3.0 <later@x.test>: Temporary failure, try again later"}
503
[{"event":"rcpt","address":"later@x.test","code":451}]
