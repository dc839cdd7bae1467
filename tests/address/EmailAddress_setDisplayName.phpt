--TEST--
EmailAddress: the part setters store as given and are fluent
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\EmailAddress();
var_dump($a->setDisplayName('  Ada  ') === $a);
var_dump($a->setLocalPart('ada') === $a);
var_dump($a->setDomainName('example.org') === $a);
var_dump($a->getDisplayName(), $a->getLocalPart(), $a->getDomainName());
echo $a, "\n";
$a->setDisplayName(null)->setLocalPart(null)->setDomainName(null);
var_dump($a->getDisplayName(), $a->getLocalPart(), $a->getDomainName(), (string)$a);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(7) "  Ada  "
string(3) "ada"
string(11) "example.org"
"  Ada  " <ada@example.org>
NULL
NULL
NULL
string(0) ""
