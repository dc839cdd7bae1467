--TEST--
EmailMessage: initial state
--EXTENSIONS--
metamta
--FILE--
<?php
$m = new MetaMTA\EmailMessage();
var_dump($m->getFromAddress(), $m->getReplyToAddress(), $m->getToAddresses(), $m->getCCAddresses(),
    $m->getHeaders(), $m->getAttachments(), $m->getSubject(), $m->getTextBody(), $m->getHTMLBody());
?>
--EXPECT--
NULL
NULL
array(0) {
}
array(0) {
}
array(0) {
}
array(0) {
}
NULL
NULL
NULL
