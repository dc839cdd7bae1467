--TEST--
SMTP server: with --starttls, AUTH and MAIL before STARTTLS are refused with 530
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start(['starttls' => true, 'auth' => true, 'user' => 'mailer', 'password' => 's3cret']);
$c = metamta_smtp_connect($server);
metamta_smtp_reply($c);
metamta_smtp_command($c, 'EHLO client.test');
echo json_encode(metamta_smtp_command($c, 'AUTH PLAIN ' . base64_encode("\0mailer\0s3cret"))), "\n";
echo json_encode(metamta_smtp_command($c, 'MAIL FROM:<from@x.test>')), "\n";
fclose($c);
echo count(metamta_smtp_messages($server)), "\n";
metamta_server_stop($server);
?>
--EXPECT--
{"code":530,"text":"Must issue a STARTTLS command first"}
{"code":530,"text":"Must issue a STARTTLS command first"}
0
