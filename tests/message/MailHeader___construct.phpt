--TEST--
MailHeader: both constructor styles, fluent setters
--EXTENSIONS--
metamta
--FILE--
<?php
$h = new MetaMTA\MailHeader();
var_dump($h->getName(), $h->getValue());
var_dump($h->setName('X-Phabricator-Sent-This-Message') === $h, $h->setValue('Yes') === $h);
var_dump($h->getName(), $h->getValue());
$h = new MetaMTA\MailHeader('In-Reply-To', '<a@b>');
var_dump($h->getName(), $h->getValue());
$h = new MetaMTA\MailHeader(null, '');
var_dump($h->getName(), $h->getValue());
var_dump((new MetaMTA\MailHeader('X-Utf8', "Ren\u{e9}e\tx"))->getValue());
?>
--EXPECT--
NULL
NULL
bool(true)
bool(true)
string(31) "X-Phabricator-Sent-This-Message"
string(3) "Yes"
string(11) "In-Reply-To"
string(5) "<a@b>"
NULL
string(0) ""
string(8) "Renée	x"
