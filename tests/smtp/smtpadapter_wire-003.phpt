--TEST--
SMTPAdapter wire: the 2023 SMTP smuggling sequences in text and HTML bodies never end the data early; no bare CR or LF on the wire; the bodies decode intact
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_wire.inc';
$server = metamta_smtp_recorder_start();
$adapter = smtp_adapter($server);
$smuggled = "MAIL FROM:<evil@attacker.test>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\n"
    . "From: evil@attacker.test\r\nSubject: smuggled\r\n\r\nowned\r\n";
$ends = ['LF.LF' => "\n.\n", 'CR.CR' => "\r.\r", 'LF.CRLF' => "\n.\r\n", 'CRLF.LF' => "\r\n.\n",
    'CRLF.CRLF' => "\r\n.\r\n", 'lone dot' => ".\r\n"];
$bodies = [];
foreach ($ends as $name => $end) {
    $bodies[$name] = "before$end$smuggled" . ($name === 'lone dot' ? '' : '.') . "\r\nafter";
    $adapter->sendMessage(smtp_message($name)->setTextBody($bodies[$name]));
}
$html = '<p>' . implode('', $ends) . $smuggled . '</p>';
$adapter->sendMessage(smtp_message('html')->setTextBody('plain')->setHTMLBody($html));
unset($adapter);

$wire = wire_of($server);
$w = wire_split($wire);
echo implode(' | ', array_unique(preg_replace('/ SIZE=\d+$/', '', $w['lines']))), "\n";
echo count($w['data']), " data blocks, ", count(metamta_smtp_messages($server)), " messages recorded, rest ",
    json_encode($w['rest']), "\n";
echo "bare CR/LF on the wire: ", wire_bare_breaks($wire), ", CRLF.CRLF: ", substr_count($wire, "\r\n.\r\n"),
    ", other dot sequences: ", preg_match_all('/\n\.\n|\r\.\r|\n\.\r\n|\r\n\.\n/', str_replace("\r\n.\r\n", '', $wire)), "\n";
foreach (metamta_smtp_messages($server) as $m) {
    var_dump($m['rcpt_tos'] === ['<bob@example.com>', '<carol@example.org>']);
}
foreach ($w['data'] as $i => $data) {
    $s = metamta_mime_check(wire_unstuff($data));
    $subject = $s['header']['subject'];
    $text = $s['text_parts'][$subject === 'html' ? 1 : 0]['text'];
    $input = $subject === 'html' ? $html : $bodies[$subject];
    printf("%-9s round-trips: %s, defects: %s\n", $subject,
        var_export($text === preg_replace('/\r\n|\r|\n/', "\r\n", $input), true), json_encode($s['defects']));
}
?>
--EXPECT--
EHLO localhost | MAIL FROM:<alice@example.com> | RCPT TO:<bob@example.com> | RCPT TO:<carol@example.org> | DATA | <data> | QUIT
7 data blocks, 7 messages recorded, rest ""
bare CR/LF on the wire: 0, CRLF.CRLF: 7, other dot sequences: 0
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
LF.LF     round-trips: true, defects: []
CR.CR     round-trips: true, defects: []
LF.CRLF   round-trips: true, defects: []
CRLF.LF   round-trips: true, defects: []
CRLF.CRLF round-trips: true, defects: []
lone dot  round-trips: true, defects: []
html      round-trips: true, defects: []
