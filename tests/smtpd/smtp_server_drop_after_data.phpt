--TEST--
SMTP server: --drop-after-data closes the connection without answering the end of DATA
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start(['drop-after-data' => true]);
$c = metamta_smtp_connect($server);
metamta_smtp_reply($c);
metamta_smtp_command($c, 'EHLO client.test');
echo json_encode(metamta_smtp_send($c, 'from@x.test', ['a@x.test'], "Subject: d\r\n\r\nx\r\n")), "\n";
fclose($c);
$m = metamta_smtp_messages($server)[0];
var_dump($m['code'], $m['data']);
metamta_server_stop($server);
?>
--EXPECT--
{"mail":250,"rcpt":[250],"data":354,"end":0}
NULL
string(17) "Subject: d

x
"
