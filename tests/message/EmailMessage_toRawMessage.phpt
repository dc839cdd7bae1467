--TEST--
EmailMessage::toRawMessage(): every header decodes to its input, attachments come back byte-identical, the structure is mixed(alternative(text, html), attachments)
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/raw_message.inc';
$subject = '[Differential] D1: Réunion à Zürich — café ☕ 会議 ' . rtrim(str_repeat('long words ', 10));
$pdf = "%PDF\x00\xff\r\n.\n\r" . str_repeat("\x80", 100);
$m = (new MetaMTA\EmailMessage())
    ->setFromAddress(raw_address('alice@example.com', 'Alice Ünïcode'))
    ->setReplyToAddress(raw_address('noreply@example.com', 'Doe, John'))
    ->setToAddresses([raw_address('bob@example.com', 'Bob "B" Builder'), raw_address('carol@example.org')])
    ->setCCAddresses([raw_address('dave@example.net', 'Dæve')])
    ->setSubject($subject)
    ->setHeaders([new MetaMTA\MailHeader('X-Phabricator-Stamps', 'actor(@alice) ünïcode'),
        new MetaMTA\MailHeader('Thread-Topic', 'D1: Réunion')])
    ->setTextBody("Hello\nworld ünï\n")
    ->setHTMLBody("<p>Hallö</p>\n")
    ->setAttachments([new MetaMTA\MailAttachment($pdf, 'Résumé v2.pdf', 'application/pdf'),
        new MetaMTA\MailAttachment($pdf, 'copy "1".pdf', 'application/pdf')]);
$raw = $m->toRawMessage();
$s = metamta_mime_check($raw);
foreach ($s['headers'] as [$name, $value]) {
    if ($name !== 'Date' && $name !== 'Content-Type') {
        echo "$name: $value\n";
    }
}
var_dump($s['header']['subject'] === $subject, isset($s['header']['message-id']));
echo json_encode($s['addresses'], JSON_UNESCAPED_UNICODE), "\n";
raw_print_structure($s['structure']);
foreach ($s['text_parts'] as $t) {
    echo "{$t['path']} ", json_encode($t['text'], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
}
foreach ($s['attachments'] as $a) {
    echo "{$a['path']} {$a['filename']} {$a['size']} bytes, identical: ", var_export($a['sha256'] === hash('sha256', $pdf), true), "\n";
}
raw_print_checks($s);
// Only ASCII in the header block: RFC 2047 words carry the rest.
var_dump(preg_match('/[^\x20-\x7e\r\n\t]/', substr($raw, 0, strpos($raw, "\r\n\r\n"))));
?>
--EXPECT--
From: Alice Ünïcode <alice@example.com>
Reply-To: "Doe, John" <noreply@example.com>
To: "Bob \"B\" Builder" <bob@example.com>, carol@example.org
Cc: Dæve <dave@example.net>
Subject: [Differential] D1: Réunion à Zürich — café ☕ 会議 long words long words long words long words long words long words long words long words long words long words
X-Phabricator-Stamps: actor(@alice) ünïcode
Thread-Topic: D1: Réunion
MIME-Version: 1.0
bool(true)
bool(false)
{"from":[{"name":"Alice Ünïcode","address":"alice@example.com"}],"reply-to":[{"name":"Doe, John","address":"noreply@example.com"}],"to":[{"name":"Bob \"B\" Builder","address":"bob@example.com"},{"name":"","address":"carol@example.org"}],"cc":[{"name":"Dæve","address":"dave@example.net"}]}
(message) multipart/mixed
  1 multipart/alternative
    1.1 text/plain cte=quoted-printable charset=utf-8
    1.2 text/html cte=quoted-printable charset=utf-8
  2 application/pdf cte=base64 disposition=attachment filename=Résumé v2.pdf
  3 application/pdf cte=base64 disposition=attachment filename=copy "1".pdf
1.1 "Hello\r\nworld ünï\r\n"
1.2 "<p>Hallö</p>\r\n"
2 Résumé v2.pdf 111 bytes, identical: true
3 copy "1".pdf 111 bytes, identical: true
crlf only: yes, max line: <= 78, header lines > 78: 0, 8-bit: 0, NUL: 0, defects: []
int(0)
