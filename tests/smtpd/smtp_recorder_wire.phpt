--TEST--
SMTP recorder: every received byte is logged untouched (bare LF, bare CR, dot-stuffing kept)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_recorder_start();
$c = metamta_smtp_connect($server);
echo metamta_smtp_reply($c)['code'], "\n";
echo metamta_smtp_command($c, 'EHLO client.test')['code'], "\n";
echo metamta_smtp_command($c, 'MAIL FROM:<from@x.test>')['code'], "\n";
echo metamta_smtp_command($c, 'RCPT TO:<to@x.test>')['code'], "\n";
echo metamta_smtp_command($c, 'DATA')['code'], "\n";
$body = "Subject: wire\r\n\r\nbare LF\nbare CR\rkept\r\n..stuffed\r\n";
fwrite($c, $body . ".\r\n");
echo metamta_smtp_reply($c)['code'], "\n";
echo metamta_smtp_command($c, 'QUIT')['code'], "\n";
fclose($c);

$wire = metamta_smtp_wire($server);
echo count($wire), " connection(s) with data\n";
$expected = "EHLO client.test\r\nMAIL FROM:<from@x.test>\r\nRCPT TO:<to@x.test>\r\nDATA\r\n$body.\r\nQUIT\r\n";
var_dump(reset($wire) === $expected);
$m = metamta_smtp_messages($server)[0];
var_dump($m['data'] === $body, $m['mail_from'], $m['rcpt_tos']);
echo json_encode(array_diff_key(metamta_smtp_stats($server), ['accepted' => 0])), "\n";
metamta_server_stop($server);
?>
--EXPECT--
220
250
250
250
354
250
221
1 connection(s) with data
bool(true)
bool(true)
string(13) "<from@x.test>"
array(1) {
  [0]=>
  string(11) "<to@x.test>"
}
{"connections":1,"messages":1}
