--TEST--
EmailMessage: attachments are stored as given
--EXTENSIONS--
metamta
--FILE--
<?php
$file = new MetaMTA\MailAttachment("%PDF\0", 'r.pdf', 'application/pdf');
$m = new MetaMTA\EmailMessage();
var_dump($m->setAttachments(['report' => $file]) === $m);
var_dump(array_keys($m->getAttachments()), $m->getAttachments()['report'] === $file);
?>
--EXPECT--
bool(true)
array(1) {
  [0]=>
  string(6) "report"
}
bool(true)
