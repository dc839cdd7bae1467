--TEST--
SMTPAdapter through aiosmtpd: hostile bodies (smuggling sequences, lone dots, NUL) and a dotted header arrive as one message each, parse cleanly and round-trip
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_wire.inc';
$server = metamta_smtp_start();
$adapter = smtp_adapter($server);
$text = "a\n.\nMAIL FROM:<evil@attacker.test>\r\n.\r\nb\r.\rc\n.\r\nd\r\n.\ne\x00f\n.";
$html = "<p>\r\n.\r\n</p>\n.\n";
$bin = random_bytes(5000) . "\r\n.\r\n";
$messages = [
    smtp_message('Smuggle ✉')->setTextBody($text)->setHTMLBody($html)
        ->setHeaders([new MetaMTA\MailHeader('.X-Dot', 'ünï')])
        ->setAttachments([new MetaMTA\MailAttachment($bin, 'döt.bin', 'application/octet-stream')]),
    smtp_message('second')->setTextBody(".\n"),
];
foreach ($messages as $m) {
    $adapter->sendMessage($m);
}
unset($adapter);
$received = metamta_smtp_messages($server);
echo count($received), " messages, ", json_encode(array_diff_key(metamta_smtp_stats($server), ['accepted' => 0])), "\n";
$crlf = static fn(string $s) => preg_replace('/\r\n|\r|\n/', "\r\n", $s);
foreach ($received as $i => $r) {
    $s = metamta_mime_check($r['data']);
    echo "subject: {$s['header']['subject']}, rcpt: ", implode(',', $r['rcpt_tos']), ", code {$r['code']}\n";
    echo "  same as toRawMessage(true): ", var_export(raw_normalize($r['data']) === raw_normalize($messages[$i]->toRawMessage(true)), true),
        ", defects: ", json_encode($s['defects']), ", bare CR/LF: ", $s['checks']['bare_lf'] + $s['checks']['bare_cr'], "\n";
    if ($i === 0) {
        var_dump($s['header']['.x-dot'], $s['text_parts'][0]['text'] === $crlf($text), $s['text_parts'][1]['text'] === $crlf($html),
            $s['attachments'][0]['filename'], $s['attachments'][0]['sha256'] === hash('sha256', $bin));
    } else {
        echo json_encode($s['text_parts'][0]['text']), "\n";
    }
}
?>
--EXPECT--
2 messages, {"connections":1,"messages":2}
subject: Smuggle ✉, rcpt: bob@example.com,carol@example.org, code 250
  same as toRawMessage(true): true, defects: [], bare CR/LF: 0
string(5) "ünï"
bool(true)
bool(true)
string(8) "döt.bin"
bool(true)
subject: second, rcpt: bob@example.com,carol@example.org, code 250
  same as toRawMessage(true): true, defects: [], bare CR/LF: 0
".\r\n"
