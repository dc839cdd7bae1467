--TEST--
EmailMessage: subject and bodies; null and "" differ; bodies are not checked
--EXTENSIONS--
metamta
--FILE--
<?php
$m = new MetaMTA\EmailMessage();
var_dump($m->setSubject('') === $m, $m->getSubject());
var_dump($m->setSubject("Ren\u{e9}e\tsays hi")->getSubject());
var_dump($m->setSubject(null)->getSubject());
var_dump($m->setTextBody("line 1\r\nline 2\0") === $m, bin2hex($m->getTextBody()));
var_dump($m->setHTMLBody('<p>hi</p>') === $m, $m->getHTMLBody());
var_dump($m->setTextBody('')->getTextBody(), $m->setHTMLBody(null)->getHTMLBody());
?>
--EXPECT--
bool(true)
string(0) ""
string(14) "Renée	says hi"
NULL
bool(true)
string(30) "6c696e6520310d0a6c696e65203200"
bool(true)
string(9) "<p>hi</p>"
string(0) ""
NULL
