--TEST--
metamta.phabricator_aliases is off by default: the original's names are not defined
--EXTENSIONS--
metamta
--FILE--
<?php
var_dump(ini_get('metamta.phabricator_aliases'), class_exists('PhutilEmailAddress'), class_exists('PhabricatorMailAdapter'));
var_dump(ini_set('metamta.phabricator_aliases', '1'));
?>
--EXPECT--
string(1) "0"
bool(false)
bool(false)
bool(false)
