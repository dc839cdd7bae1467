--TEST--
MailAttachment: binary-safe data, getters and fluent setters
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\MailAttachment("\0\x01\xFFbinary\0", 'dir/report.pdf', 'application/pdf');
var_dump(bin2hex($a->getData()), $a->getFilename(), $a->getMimeType());
var_dump($a->setData('') === $a, $a->setFilename('') === $a, $a->setMimeType('text/plain') === $a);
var_dump($a->getData(), $a->getFilename(), $a->getMimeType());
?>
--EXPECT--
string(20) "0001ff62696e61727900"
string(14) "dir/report.pdf"
string(15) "application/pdf"
bool(true)
bool(true)
bool(true)
string(0) ""
string(0) ""
string(10) "text/plain"
