--TEST--
EmailAddress: var_dump shows the three parts
--EXTENSIONS--
metamta
--FILE--
<?php
var_dump(new MetaMTA\EmailAddress('"Ada" <ada@example.org>'));
var_dump(new MetaMTA\EmailAddress('postmaster'));
?>
--EXPECT--
object(MetaMTA\EmailAddress)#1 (3) {
  ["displayName"]=>
  string(3) "Ada"
  ["localPart"]=>
  string(3) "ada"
  ["domainName"]=>
  string(11) "example.org"
}
object(MetaMTA\EmailAddress)#1 (3) {
  ["displayName"]=>
  NULL
  ["localPart"]=>
  string(10) "postmaster"
  ["domainName"]=>
  NULL
}
