--TEST--
EmailMessage: from and reply-to keep the same objects
--EXTENSIONS--
metamta
--FILE--
<?php
$m = new MetaMTA\EmailMessage();
$from = new MetaMTA\EmailAddress('Ada <ada@example.org>');
$reply = new MetaMTA\EmailAddress('replies@example.org');
var_dump($m->setFromAddress($from) === $m, $m->setReplyToAddress($reply) === $m);
var_dump($m->getFromAddress() === $from, $m->getReplyToAddress() === $reply);
$from->setDisplayName('Changed later');
echo $m->getFromAddress(), "\n";
$m->setFromAddress($reply);
var_dump($m->getFromAddress() === $reply);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
"Changed later" <ada@example.org>
bool(true)
