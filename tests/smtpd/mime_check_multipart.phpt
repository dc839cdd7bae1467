--TEST--
MIME check: a hand-made multipart message with encoded words and an RFC 2231 filename
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$pdf = "%PDF-1.4\n\x00\xff binary";
$raw = implode("\r\n", [
    'From: =?UTF-8?B?SsO8cmdlbg==?= <j@x.test>',
    'To: a@x.test, "B, C" <b@x.test>',
    'Cc: c@x.test',
    'Reply-To: r@x.test',
    'Message-ID: <id-1@x.test>',
    'Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= aus',
    ' =?UTF-8?Q?K=C3=B6ln?=',
    'X-Phabricator-Sent-This-Message: Yes',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    '--outer',
    'Content-Type: multipart/alternative; boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Hall=C3=B6 Welt',
    '--inner',
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64_encode('<p>Hallö</p>'),
    '--inner--',
    '--outer',
    'Content-Type: application/pdf',
    "Content-Disposition: attachment; filename*=UTF-8''R%C3%A9sum%C3%A9%20v2.pdf",
    'Content-Transfer-Encoding: base64',
    '',
    base64_encode($pdf),
    '--outer--',
    '',
]);
$s = metamta_mime_check($raw);
foreach (['from', 'to', 'cc', 'reply-to', 'message-id', 'subject', 'x-phabricator-sent-this-message'] as $h) {
    echo "$h: {$s['header'][$h]}\n";
}
echo json_encode($s['addresses']['to']), "\n";
function tree(array $node, string $indent = ''): void
{
    echo $indent, $node['type'], isset($node['cte']) ? " ({$node['cte']})" : '', "\n";
    foreach ($node['parts'] ?? [] as $child) {
        tree($child, "$indent  ");
    }
}
tree($s['structure']);
foreach ($s['text_parts'] as $t) {
    echo "{$t['type']}: {$t['text']}\n";
}
$a = $s['attachments'][0];
var_dump($a['filename'], $a['type'], $a['size'] === strlen($pdf), $a['sha256'] === hash('sha256', $pdf));
$c = $s['checks'];
echo "max line {$c['max_line_length']}, bare LF {$c['bare_lf']}, bare CR {$c['bare_cr']}, over 998 {$c['lines_over_998']}, ",
    "headers over 78 {$c['header_lines_over_78']}, CTE ok ", var_export($c['all_cte_allowed'], true), "\n";
echo json_encode($s['defects']), "\n";
?>
--EXPECT--
from: Jürgen <j@x.test>
to: a@x.test, "B, C" <b@x.test>
cc: c@x.test
reply-to: r@x.test
message-id: <id-1@x.test>
subject: Grüße aus Köln
x-phabricator-sent-this-message: Yes
[{"name":"","address":"a@x.test"},{"name":"B, C","address":"b@x.test"}]
multipart/mixed
  multipart/alternative
    text/plain (quoted-printable)
    text/html (base64)
  application/pdf (base64)
text/plain: Hallö Welt
text/html: <p>Hallö</p>
string(15) "Résumé v2.pdf"
string(15) "application/pdf"
bool(true)
bool(true)
max line 75, bare LF 0, bare CR 0, over 998 0, headers over 78 0, CTE ok true
[]
