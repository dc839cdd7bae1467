--TEST--
SMTP server: a wrong password gets 535 (PLAIN and LOGIN) and MAIL stays refused with 530
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start(['implicit-tls' => true, 'auth' => true, 'user' => 'mailer', 'password' => 's3cret']);
$c = metamta_smtp_connect($server);
metamta_smtp_reply($c);
metamta_smtp_command($c, 'EHLO client.test');
echo json_encode(metamta_smtp_command($c, 'AUTH PLAIN ' . base64_encode("\0mailer\0wrong"))), "\n";
metamta_smtp_command($c, 'AUTH LOGIN');
metamta_smtp_command($c, base64_encode('mailer'));
echo json_encode(metamta_smtp_command($c, base64_encode('wrong'))), "\n";
echo json_encode(metamta_smtp_command($c, 'MAIL FROM:<from@x.test>')), "\n";
fclose($c);
foreach (metamta_smtp_events($server) as $e) {
    if ($e['event'] === 'auth') {
        echo "{$e['mechanism']} {$e['user']} ", var_export($e['success'], true), "\n";
    }
}
metamta_server_stop($server);
?>
--EXPECT--
{"code":535,"text":"5.7.8 Authentication credentials invalid"}
{"code":535,"text":"5.7.8 Authentication credentials invalid"}
{"code":530,"text":"5.7.0 Authentication required"}
PLAIN mailer false
LOGIN mailer false
