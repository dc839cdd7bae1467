--TEST--
MIME check: line checks count bare LF/CR, lines over 998, header lines over 78 and bad transfer encodings
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$raw = "Subject: " . str_repeat('x', 80) . "\r\n"
    . "Content-Type: text/plain; charset=us-ascii\r\n"
    . "Content-Transfer-Encoding: 8bit\r\n"
    . "\r\n"
    . str_repeat('y', 1200) . "\r\n"
    . "bare LF\nbare CR\rend\r\n";
$c = metamta_mime_check($raw)['checks'];
echo json_encode(array_intersect_key($c, array_flip(['crlf', 'bare_lf', 'bare_cr', 'max_line_length', 'lines_over_998',
    'header_lines_over_78', 'part_header_lines_over_78', 'all_cte_allowed']))), "\n";
?>
--EXPECT--
{"crlf":6,"bare_lf":1,"bare_cr":1,"max_line_length":1200,"lines_over_998":1,"header_lines_over_78":1,"part_header_lines_over_78":0,"all_cte_allowed":false}
