--TEST--
EmailMessage::setAttachments() takes MailAttachment objects only
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$m = new MetaMTA\EmailMessage();
throws(fn() => $m->setAttachments(['file.txt' => 'contents']));
throws(fn() => $m->setAttachments([new MetaMTA\MailHeader()]));
throws(fn() => $m->setAttachments([true]));
var_dump($m->getAttachments());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Array item with key 'file.txt' must be an instance of MetaMTA\MailAttachment, string given.
MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\MailAttachment, MetaMTA\MailHeader given.
MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\MailAttachment, bool given.
array(0) {
}
