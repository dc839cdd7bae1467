--TEST--
SMTP server: --implicit-tls speaks TLS from the first byte, verified against the test CA
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start(['implicit-tls' => true]);
$c = metamta_smtp_connect($server);
echo metamta_smtp_reply($c)['code'], "\n";
$ehlo = metamta_smtp_command($c, 'EHLO client.test')['text'];
echo str_contains($ehlo, 'STARTTLS') ? "STARTTLS offered inside TLS\n" : "no STARTTLS\n";
echo json_encode(metamta_smtp_send($c, 'from@x.test', ['to@x.test'], "Subject: 465\r\n\r\nx\r\n")), "\n";
fclose($c);
var_dump(metamta_smtp_messages($server)[0]['tls']);

// A plain-text client gets no greeting it can read: the server waits for a TLS ClientHello.
$plain = stream_socket_client("tcp://127.0.0.1:{$server['port']}", $errno, $errstr, 2);
stream_set_timeout($plain, 0, 300000);
var_dump(fgets($plain));
fclose($plain);
metamta_server_stop($server);
?>
--EXPECT--
220
no STARTTLS
{"mail":250,"rcpt":[250],"data":354,"end":250}
bool(true)
bool(false)
