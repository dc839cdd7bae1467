--TEST--
SMTPAdapter::setOptions(): protocol in any case, host lists with ports, IPv6 literals
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\SMTPAdapter();
$d = $a->newDefaultOptions();
foreach ([null, '', 'tls', 'TLS', 'ssl', 'Ssl'] as $p) {
    $a->setOptions(['protocol' => $p] + $d);
}
foreach (['mail.example.com', 'mail.example.com:587', 'a.example.com;b.example.com:2525', '127.0.0.1', '[::1]:25', '::1'] as $h) {
    $a->setOptions(['host' => $h] + $d);
    echo $a->getOption('host'), "\n";
}
$a->setOptions(['user' => 'me', 'password' => 'pw', 'port' => 465, 'timeout' => 5, 'message-id' => false] + $d);
var_dump($a->getOption('port'), $a->getOption('message-id'));
?>
--EXPECT--
mail.example.com
mail.example.com:587
a.example.com;b.example.com:2525
127.0.0.1
[::1]:25
::1
int(465)
bool(false)
