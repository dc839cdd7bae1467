--TEST--
MailAttachment: a Content-ID is 1 to 250 characters of atext, dots and '@', without angle brackets
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$a = new MetaMTA\MailAttachment('d', 'f.png', 'image/png');
throws(fn() => $a->setContentID(''));
throws(fn() => $a->setContentID(str_repeat('a', 251)));
throws(fn() => $a->setContentID('<logo@example.org>'));
throws(fn() => $a->setContentID("logo\r\nBcc: x@example.org"));
throws(fn() => $a->setContentID("lo go"));
throws(fn() => $a->setContentID("logo\0"));
var_dump($a->getContentID(), $a->isInline());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Attachment Content-ID must be 1 to 250 characters, 0 given
MetaMTA\InvalidArgumentException: Attachment Content-ID must be 1 to 250 characters, 251 given
MetaMTA\InvalidArgumentException: Attachment Content-ID may hold only letters, digits and !#$%&'*+-/=?^_`{|}~.@ (no angle brackets), byte 0x3C at offset 0 given
MetaMTA\InvalidArgumentException: Attachment Content-ID may hold only letters, digits and !#$%&'*+-/=?^_`{|}~.@ (no angle brackets), byte 0x0D at offset 4 given
MetaMTA\InvalidArgumentException: Attachment Content-ID may hold only letters, digits and !#$%&'*+-/=?^_`{|}~.@ (no angle brackets), byte 0x20 at offset 2 given
MetaMTA\InvalidArgumentException: Attachment Content-ID may hold only letters, digits and !#$%&'*+-/=?^_`{|}~.@ (no angle brackets), byte 0x00 at offset 4 given
NULL
bool(false)
