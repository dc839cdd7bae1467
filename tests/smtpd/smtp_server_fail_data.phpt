--TEST--
SMTP server: --fail-data answers the end of DATA with 451 or 554; the message is still logged
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

foreach ([451, 554] as $code) {
    $server = metamta_smtp_start(['fail-data' => $code]);
    $c = metamta_smtp_connect($server);
    metamta_smtp_reply($c);
    metamta_smtp_command($c, 'EHLO client.test');
    echo json_encode(metamta_smtp_send($c, 'from@x.test', ['a@x.test'], "Subject: f\r\n\r\nx\r\n")), "\n";
    echo metamta_smtp_command($c, 'NOOP')['code'], "\n";
    fclose($c);
    echo metamta_smtp_messages($server)[0]['code'], "\n";
    metamta_server_stop($server);
}
?>
--EXPECT--
{"mail":250,"rcpt":[250],"data":354,"end":451}
250
451
{"mail":250,"rcpt":[250],"data":354,"end":554}
250
554
