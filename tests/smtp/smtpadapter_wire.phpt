--TEST--
SMTPAdapter wire: EHLO, MAIL FROM:<from>, one RCPT TO per distinct To and Cc, DATA, the message, CRLF.CRLF, every line CRLF; a second send reuses the connection; QUIT at the end
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_wire.inc';
$server = metamta_smtp_recorder_start();
$adapter = smtp_adapter($server);
$m = smtp_message()->setToAddresses([new MetaMTA\EmailAddress('Bob <bob@example.com>'),
    new MetaMTA\EmailAddress('dan@example.net'), new MetaMTA\EmailAddress('BOB@Example.com')]);
$adapter->sendMessage($m);
$adapter->sendMessage(smtp_message('second'));
unset($adapter); // closes the kept connection
$wire = wire_of($server);
$w = wire_split($wire);
foreach ($w['lines'] as $line) {
    // SIZE= is the message length (checked below).
    echo preg_replace('/ SIZE=\d+$/', ' SIZE=<n>', $line), "\n";
}
echo "rest: ", json_encode($w['rest']), ", bare CR/LF: ", wire_bare_breaks($wire), "\n";
foreach ($w['data'] as $i => $data) {
    preg_match('/ SIZE=(\d+)$/', $w['lines'][$i ? 7 : 1], $size);
    $s = metamta_mime_check(wire_unstuff($data));
    echo "message $i: SIZE matches: ", var_export((int) $size[1] === strlen(wire_unstuff($data)), true),
        ", subject: {$s['header']['subject']}, defects: ", json_encode($s['defects']), "\n";
}
var_dump(count(metamta_smtp_messages($server)));
?>
--EXPECT--
EHLO localhost
MAIL FROM:<alice@example.com> SIZE=<n>
RCPT TO:<bob@example.com>
RCPT TO:<dan@example.net>
RCPT TO:<carol@example.org>
DATA
<data>
MAIL FROM:<alice@example.com> SIZE=<n>
RCPT TO:<bob@example.com>
RCPT TO:<carol@example.org>
DATA
<data>
QUIT
rest: "", bare CR/LF: 0
message 0: SIZE matches: true, subject: Hello, defects: []
message 1: SIZE matches: true, subject: second, defects: []
int(2)
