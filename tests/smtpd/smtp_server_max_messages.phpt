--TEST--
SMTP server: --max-messages-per-connection answers the next command with 421 and closes
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start(['max-messages-per-connection' => 1]);
$c = metamta_smtp_connect($server);
metamta_smtp_reply($c);
metamta_smtp_command($c, 'EHLO client.test');
echo json_encode(metamta_smtp_send($c, 'from@x.test', ['a@x.test'], "Subject: one\r\n\r\n1\r\n")), "\n";
echo json_encode(metamta_smtp_command($c, 'MAIL FROM:<from@x.test>')), "\n";
echo metamta_smtp_reply($c)['code'], "\n"; // 0: the server closed the connection
fclose($c);

// A new connection may send again.
$c = metamta_smtp_connect($server);
metamta_smtp_reply($c);
metamta_smtp_command($c, 'EHLO client.test');
echo json_encode(metamta_smtp_send($c, 'from@x.test', ['b@x.test'], "Subject: two\r\n\r\n2\r\n")), "\n";
fclose($c);
echo count(array_unique(array_column(metamta_smtp_messages($server), 'conn'))), " connections carried messages\n";
metamta_server_stop($server);
?>
--EXPECT--
{"mail":250,"rcpt":[250],"data":354,"end":250}
{"code":421,"text":"4.7.0 Message limit for this connection reached, closing"}
0
{"mail":250,"rcpt":[250],"data":354,"end":250}
2 connections carried messages
