--TEST--
EmailMessage::setHeaders() takes MailHeader objects only
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$m = new MetaMTA\EmailMessage();
throws(fn() => $m->setHeaders(['X-A' => 'b']));
throws(fn() => $m->setHeaders([new MetaMTA\MailHeader('X-A', 'b'), new MetaMTA\EmailAddress('a@b')]));
throws(fn() => $m->setHeaders([['X-A', 'b']]));
var_dump($m->getHeaders());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Array item with key 'X-A' must be an instance of MetaMTA\MailHeader, string given.
MetaMTA\InvalidArgumentException: Array item with key '1' must be an instance of MetaMTA\MailHeader, MetaMTA\EmailAddress given.
MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\MailHeader, array given.
array(0) {
}
