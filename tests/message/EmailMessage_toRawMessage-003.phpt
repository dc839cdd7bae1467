--TEST--
EmailMessage::toRawMessage(): one leaf for text only or HTML only; bare CR and LF in bodies become CRLF, NUL and 8-bit bytes are encoded, "0" is a body
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/raw_message.inc';
$base = static fn() => (new MetaMTA\EmailMessage())
    ->setFromAddress(raw_address('alice@example.com'))
    ->setToAddresses([raw_address('bob@example.com')]);

$s = metamta_mime_check($base()->setHTMLBody('<b>only html</b>')->toRawMessage());
raw_print_structure($s['structure']);

$s = metamta_mime_check($base()->setTextBody('0')->toRawMessage());
raw_print_structure($s['structure']);
var_dump($s['text_parts'][0]['text']);

// Every kind of line break, the 2023 SMTP smuggling sequences, a lone dot, NUL and a long line.
$body = "a\rb\nc\r\nd\n.\ne\r.\rf\n.\r\ng\r\n.\nh\r\n.\r\ni\x00j ünï\n" . str_repeat('x', 200) . "\n.";
$raw = $base()->setTextBody($body)->toRawMessage();
$s = metamta_mime_check($raw);
raw_print_structure($s['structure']);
var_dump($s['text_parts'][0]['text'] === preg_replace('/\r\n|\r|\n/', "\r\n", $body));
raw_print_checks($s);
// No line of the message is a lone dot, whatever the body held.
var_dump(preg_match('/^\.\r?$/m', $raw));
?>
--EXPECT--
(message) text/html cte=quoted-printable charset=utf-8
(message) text/plain cte=quoted-printable charset=utf-8
string(1) "0"
(message) text/plain cte=quoted-printable charset=utf-8
bool(true)
crlf only: yes, max line: <= 78, header lines > 78: 0, 8-bit: 0, NUL: 0, defects: []
int(0)
