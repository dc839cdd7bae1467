--TEST--
EmailMessage: headers keep order, repeated names and identity
--EXTENSIONS--
metamta
--FILE--
<?php
$h1 = new MetaMTA\MailHeader('X-A', '1');
$h2 = new MetaMTA\MailHeader('X-A', '2');
$m = new MetaMTA\EmailMessage();
var_dump($m->setHeaders([$h1, $h2]) === $m);
foreach ($m->getHeaders() as $h) {
    echo $h->getName(), ': ', $h->getValue(), "\n";
}
var_dump($m->getHeaders()[1] === $h2);
?>
--EXPECT--
bool(true)
X-A: 1
X-A: 2
bool(true)
