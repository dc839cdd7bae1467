--TEST--
SMTP server: STARTTLS then AUTH LOGIN is accepted and the message is logged as TLS and authenticated
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start(['starttls' => true, 'auth' => true, 'user' => 'mailer', 'password' => 's3cret']);
$c = metamta_smtp_connect($server);
metamta_smtp_reply($c);
echo str_contains(metamta_smtp_command($c, 'EHLO client.test')['text'], 'STARTTLS') ? "STARTTLS offered\n" : "no STARTTLS\n";
echo metamta_smtp_starttls($c)['code'], "\n";
echo str_contains(metamta_smtp_command($c, 'EHLO client.test')['text'], 'AUTH LOGIN PLAIN') ? "AUTH offered\n" : "no AUTH\n";
echo metamta_smtp_command($c, 'AUTH LOGIN')['code'], "\n";
echo metamta_smtp_command($c, base64_encode('mailer'))['code'], "\n";
echo metamta_smtp_command($c, base64_encode('s3cret'))['code'], "\n";
echo json_encode(metamta_smtp_send($c, 'from@x.test', ['to@x.test'], "Subject: TLS\r\n\r\nx\r\n")), "\n";
fclose($c);

[$m] = metamta_smtp_messages($server);
var_dump($m['tls'], $m['auth_user']);
$auth = array_values(array_filter(metamta_smtp_events($server), fn($e) => $e['event'] === 'auth'));
echo json_encode(array_map(fn($e) => array_diff_key($e, ['conn' => 0]), $auth)), "\n";
metamta_server_stop($server);
?>
--EXPECT--
STARTTLS offered
220
AUTH offered
334
334
235
{"mail":250,"rcpt":[250],"data":354,"end":250}
bool(true)
string(6) "mailer"
[{"event":"auth","mechanism":"LOGIN","user":"mailer","success":true}]
