--TEST--
SMTPAdapter wire: a 20 MB attachment and 1,000 To addresses (one RCPT TO each) arrive intact, CRLF only, no line over 78
--EXTENSIONS--
metamta
--INI--
memory_limit=1G
--FILE--
<?php
require __DIR__ . '/smtp_wire.inc';
$server = metamta_smtp_recorder_start();
$big = random_bytes(20 * 1024 * 1024);
$to = [];
for ($i = 0; $i < 1000; $i++) {
    $to[] = new MetaMTA\EmailAddress("R$i <r$i@example.com>");
}
$m = smtp_message()->setToAddresses($to)
    ->setAttachments([new MetaMTA\MailAttachment($big, 'big.bin', 'application/octet-stream')]);
smtp_adapter($server, ['timeout' => (int) (60 * metamta_time_scale())])->sendMessage($m);

$wire = wire_of($server);
$w = wire_split($wire);
$rcpts = array_values(preg_grep('/^RCPT TO:/', $w['lines']));
$expected = array_map(fn($i) => "RCPT TO:<r$i@example.com>", range(0, 999));
$expected[] = 'RCPT TO:<carol@example.org>';
echo count($rcpts), " RCPT commands, in order: ", var_export($rcpts === $expected, true), "\n";
[$data] = $w['data'];
echo count($w['data']), " data block, ", strlen($data) > 27_000_000 ? '> 27 MB' : strlen($data), ", rest ", json_encode($w['rest']), "\n";
echo "bare CR/LF: ", wire_bare_breaks($wire), ", longest line <= 78: ",
    var_export(max(array_map('strlen', explode("\r\n", $data))) <= 78, true), "\n";
unset($wire, $w);

// The headers through the independent parser (the 27 MB body would only slow it down).
$head = substr($data, 0, strpos($data, "\r\n\r\n") + 4);
$s = metamta_mime_check($head);
echo count($s['addresses']['to']), " To addresses, last ", json_encode(end($s['addresses']['to'])),
    ", header lines > 78: ", $s['checks']['header_lines_over_78'], "\n";

// The attachment: its base64 lines between the part's headers and the closing boundary.
$start = strpos($data, "filename=\"big.bin\"\r\n\r\n") + strlen("filename=\"big.bin\"\r\n\r\n");
$stop = strpos($data, "\r\n--=_MetaMTA_", $start);
$decoded = base64_decode(substr($data, $start, $stop - $start));
echo "attachment: ", strlen($decoded), " bytes, identical: ", var_export($decoded === $big, true), "\n";
?>
--EXPECT--
1001 RCPT commands, in order: true
1 data block, > 27 MB, rest ""
bare CR/LF: 0, longest line <= 78: true
1000 To addresses, last {"name":"R999","address":"r999@example.com"}, header lines > 78: 0
attachment: 20971520 bytes, identical: true
