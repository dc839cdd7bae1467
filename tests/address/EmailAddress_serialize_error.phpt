--TEST--
EmailAddress: serialization is refused rather than silently losing the parts
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
throws(fn() => serialize(new MetaMTA\EmailAddress('a@b')));
?>
--EXPECT--
Exception: Serialization of 'MetaMTA\EmailAddress' is not allowed
