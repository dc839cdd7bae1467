--TEST--
EmailMessage: a clone has its own fields; the objects in it are shared, as with PHP clone of the original
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\EmailAddress('a@example.org');
$m = (new MetaMTA\EmailMessage())->setFromAddress($a)->setToAddresses([$a])->setSubject('one')
    ->setHeaders([new MetaMTA\MailHeader('X-A', '1')]);
$c = clone $m;
$c->setSubject('two')->setToAddresses([])->setFromAddress(new MetaMTA\EmailAddress('b@example.org'))
    ->setTextBody('body');
var_dump($m->getSubject(), count($m->getToAddresses()), (string)$m->getFromAddress(), $m->getTextBody());
var_dump($c->getSubject(), count($c->getToAddresses()), (string)$c->getFromAddress(), $c->getTextBody());
var_dump($c->getHeaders()[0] === $m->getHeaders()[0]);
$d = clone $m;
var_dump($d->getFromAddress() === $a, $d->getToAddresses()[0] === $a);
?>
--EXPECT--
string(3) "one"
int(1)
string(13) "a@example.org"
NULL
string(3) "two"
int(0)
string(13) "b@example.org"
string(4) "body"
bool(true)
bool(true)
bool(true)
