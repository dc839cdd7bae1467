--TEST--
SMTPAdapter wire: a line starting with "." (a header field named so) is dot-stuffed; the server's unstuffed copy equals toRawMessage()
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_wire.inc';
$server = metamta_smtp_recorder_start();
// RFC 5322 field names may start with a dot; no body line can (quoted-printable writes "=2E").
$m = smtp_message()->setHeaders([new MetaMTA\MailHeader('.X-Dot', 'a'), new MetaMTA\MailHeader('.', 'b'),
    new MetaMTA\MailHeader('..', 'c')])->setTextBody(".\n..\n.x\n");
smtp_adapter($server)->sendMessage($m);
$w = wire_split(wire_of($server));
[$data] = $w['data'];
foreach (explode("\r\n", $data) as $line) {
    if ($line !== '' && $line[0] === '.') {
        echo json_encode($line), "\n";
    }
}
var_dump(count($w['data']), $w['rest']);
$raw = wire_unstuff($data);
var_dump(raw_normalize($raw) === raw_normalize($m->toRawMessage(true)));
$s = metamta_mime_check($raw);
echo json_encode(array_slice($s['headers'], 6, 3)), "\n", json_encode($s['text_parts'][0]['text']), "\n";
?>
--EXPECT--
"..X-Dot: a"
"..: b"
"...: c"
int(1)
string(0) ""
bool(true)
[[".X-Dot","a"],[".","b"],["..","c"]]
".\r\n..\r\n.x\r\n"
