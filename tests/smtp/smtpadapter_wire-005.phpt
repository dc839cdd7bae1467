--TEST--
SMTPAdapter wire: an invalid UTF-8 subject is refused before anything is sent; a non-ASCII subject goes out as 7-bit encoded words; NUL bytes in bodies are encoded, never raw on the wire
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_wire.inc';
$server = metamta_smtp_recorder_start();
$adapter = smtp_adapter($server);
$show = static function (callable $fn): void {
    ob_start();
    throws($fn);
    echo addcslashes(ob_get_clean(), "\x80..\xff");
};
$show(fn() => $adapter->sendMessage(smtp_message("Caf\xE9 \xC3\x28 \xF0\x9F")));
$show(fn() => smtp_message("a\x00b"));
var_dump(metamta_smtp_wire($server));

$text = "nul\x00here\x00\x00 and ünï\x00";
$html = "<p>\x00</p>";
$bin = "\x00\x00\x00\xFF\x00";
$adapter->sendMessage(smtp_message('Grüße ☕')->setTextBody($text)->setHTMLBody($html)
    ->setAttachments([new MetaMTA\MailAttachment($bin, 'nul.bin', 'application/octet-stream')]));
unset($adapter);
$wire = wire_of($server);
[$data] = wire_split($wire)['data'];
echo "NUL on the wire: ", substr_count($wire, "\x00"), ", 8-bit bytes: ", preg_match_all('/[\x80-\xff]/', $wire),
    ", bare CR/LF: ", wire_bare_breaks($wire), "\n";
$s = metamta_mime_check(wire_unstuff($data));
echo "subject: {$s['header']['subject']}\n";
var_dump($s['text_parts'][0]['text'] === $text, $s['text_parts'][1]['text'] === $html,
    $s['attachments'][0]['sha256'] === hash('sha256', $bin));
echo json_encode($s['defects']), "\n";
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Subject must be valid UTF-8, 'Caf\351 \303( \360\237' given
MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'a\0b' given
array(0) {
}
NUL on the wire: 0, 8-bit bytes: 0, bare CR/LF: 0
subject: Grüße ☕
bool(true)
bool(true)
bool(true)
[]
