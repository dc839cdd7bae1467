--TEST--
SMTPAdapter::sendMessage(): a plain send arrives with its envelope; headers, body and attachments decode intact
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_adapter.inc';
$server = metamta_smtp_start();
$pdf = "%PDF-1.4\n\x00\xff\r\n.binary\r";
$msg = smtp_message('Grüße aus Köln')
    ->setHTMLBody('<p>Hallö</p>')
    ->setAttachments([new MetaMTA\MailAttachment($pdf, 'Résumé v2.pdf', 'application/pdf')]);
smtp_adapter($server)->sendMessage($msg);
[$m] = metamta_smtp_messages($server);
var_dump($m['mail_from'], $m['rcpt_tos']);
$s = metamta_mime_check($m['data']);
foreach (['from', 'to', 'cc', 'subject'] as $h) {
    echo "$h: {$s['header'][$h]}\n";
}
var_dump(isset($s['header']['message-id']));
foreach ($s['text_parts'] as $t) {
    echo "{$t['type']}: ", json_encode($t['text']), "\n";
}
$a = $s['attachments'][0];
var_dump($a['filename'], $a['sha256'] === hash('sha256', $pdf));
?>
--EXPECT--
string(17) "alice@example.com"
array(2) {
  [0]=>
  string(15) "bob@example.com"
  [1]=>
  string(17) "carol@example.org"
}
from: Alice <alice@example.com>
to: bob@example.com
cc: Carol <carol@example.org>
subject: Grüße aus Köln
bool(true)
text/plain: "Hi Bob,\r\n.a line with a leading dot\r\n"
text/html: "<p>Hall\u00f6<\/p>"
string(15) "Résumé v2.pdf"
bool(true)
