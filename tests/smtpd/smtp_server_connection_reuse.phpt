--TEST--
SMTP server: two messages on one connection count as one connection
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start();
$c = metamta_smtp_connect($server);
metamta_smtp_reply($c);
metamta_smtp_command($c, 'EHLO client.test');
echo json_encode(metamta_smtp_send($c, 'from@x.test', ['a@x.test'], "Subject: one\r\n\r\n1\r\n")), "\n";
echo json_encode(metamta_smtp_send($c, 'from@x.test', ['b@x.test'], "Subject: two\r\n\r\n2\r\n")), "\n";
fclose($c);

$messages = metamta_smtp_messages($server);
echo count($messages), " messages on ", count(array_unique(array_column($messages, 'conn'))), " connection\n";
$stats = metamta_smtp_stats($server);
echo "connections: {$stats['connections']}, messages: {$stats['messages']}\n";

// A second client is a second connection.
$c = metamta_smtp_connect($server);
metamta_smtp_reply($c);
metamta_smtp_command($c, 'NOOP');
fclose($c);
echo "connections: ", metamta_smtp_stats($server)['connections'], "\n";
metamta_server_stop($server);
?>
--EXPECT--
{"mail":250,"rcpt":[250],"data":354,"end":250}
{"mail":250,"rcpt":[250],"data":354,"end":250}
2 messages on 1 connection
connections: 1, messages: 2
connections: 2
