--TEST--
SMTPAdapter::supportsMessageIDHeader(): the message-id option wins, else the host guess
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\SMTPAdapter();
$d = $a->newDefaultOptions();
var_dump($a->supportsMessageIDHeader()); // no options at all
foreach ([null, 'smtp.example.com', 'email-smtp.us-east-1.amazonaws.com', 'amazonaws.com',
          'email-smtp.us-east-1.amazonaws.com:587', 'smtp.sendgrid.net.', 'a.example.com;b.amazonaws.com',
          'X.AmazonAWS.COM', 'smtp.postmarkapp.com'] as $host) {
    $a->setOptions(['host' => $host] + $d);
    printf("%s: %s\n", $host ?? 'null', var_export($a->supportsMessageIDHeader(), true));
}
$a->setOptions(['host' => 'smtp.sendgrid.net', 'message-id' => true] + $d);
var_dump($a->supportsMessageIDHeader());
$a->setOptions(['host' => 'smtp.example.com', 'message-id' => false] + $d);
var_dump($a->supportsMessageIDHeader());
?>
--EXPECT--
bool(true)
null: true
smtp.example.com: true
email-smtp.us-east-1.amazonaws.com: false
amazonaws.com: true
email-smtp.us-east-1.amazonaws.com:587: true
smtp.sendgrid.net.: true
a.example.com;b.amazonaws.com: false
X.AmazonAWS.COM: false
smtp.postmarkapp.com: false
bool(true)
bool(false)
