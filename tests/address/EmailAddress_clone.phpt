--TEST--
EmailAddress: a clone is independent
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\EmailAddress('Ada <ada@example.org>');
$b = clone $a;
$b->setDisplayName('Bob')->setAddress('bob@example.com');
echo $a, "\n", $b, "\n";
$a->setLocalPart('eve');
echo $a, "\n", $b, "\n";
?>
--EXPECT--
"Ada" <ada@example.org>
"Bob" <bob@example.com>
"Ada" <eve@example.org>
"Bob" <bob@example.com>
