--TEST--
SMTP server: a plain-text session is accepted and the message logged with its envelope and bytes
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start();
$c = metamta_smtp_connect($server);
echo metamta_smtp_reply($c)['code'], "\n";
echo metamta_smtp_command($c, 'EHLO client.test')['code'], "\n";
echo json_encode(metamta_smtp_send($c, 'from@x.test', ['to@x.test', 'cc@x.test'], "Subject: Hi\r\n\r\nBody\r\n")), "\n";
echo metamta_smtp_command($c, 'QUIT')['code'], "\n";
fclose($c);

[$m] = metamta_smtp_messages($server);
var_dump($m['helo'], $m['mail_from'], $m['rcpt_tos'], $m['data'], $m['tls'], $m['auth_user'], $m['code']);
var_dump(metamta_server_stop($server));
?>
--EXPECT--
220
250
{"mail":250,"rcpt":[250,250],"data":354,"end":250}
221
string(11) "client.test"
string(11) "from@x.test"
array(2) {
  [0]=>
  string(9) "to@x.test"
  [1]=>
  string(9) "cc@x.test"
}
string(21) "Subject: Hi

Body
"
bool(false)
NULL
int(250)
bool(true)
