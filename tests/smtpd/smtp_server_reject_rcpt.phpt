--TEST--
SMTP server: --reject-rcpt answers 550 (case-insensitively) and only accepted recipients are logged
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$server = metamta_smtp_start(['reject-rcpt' => ['bad@x.test', 'worse@x.test']]);
$c = metamta_smtp_connect($server);
metamta_smtp_reply($c);
metamta_smtp_command($c, 'EHLO client.test');
metamta_smtp_command($c, 'MAIL FROM:<from@x.test>');
echo json_encode(metamta_smtp_command($c, 'RCPT TO:<Bad@X.test>')), "\n";
echo metamta_smtp_command($c, 'RCPT TO:<worse@x.test>')['code'], "\n";
echo metamta_smtp_command($c, 'RCPT TO:<good@x.test>')['code'], "\n";
echo metamta_smtp_command($c, 'DATA')['code'], "\n";
fwrite($c, "Subject: r\r\n\r\nx\r\n.\r\n");
echo metamta_smtp_reply($c)['code'], "\n";
fclose($c);
echo json_encode(metamta_smtp_messages($server)[0]['rcpt_tos']), "\n";
metamta_server_stop($server);
?>
--EXPECT--
{"code":550,"text":"5.1.1 <Bad@X.test>: Recipient address rejected"}
550
250
354
250
["good@x.test"]
