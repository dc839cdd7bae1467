--TEST--
EmailMessage: address lists are stored as given, keys and identity kept
--EXTENSIONS--
metamta
--FILE--
<?php
$a = new MetaMTA\EmailAddress('a@example.org');
$b = new MetaMTA\EmailAddress('B <b@example.org>');
$m = new MetaMTA\EmailMessage();
var_dump($m->setToAddresses(['first' => $a, 7 => $b]) === $m);
$to = $m->getToAddresses();
var_dump(array_keys($to), $to['first'] === $a, $to[7] === $b);
var_dump($m->setCCAddresses([$b]) === $m, $m->getCCAddresses()[0] === $b);
// A list setter replaces the whole list.
$m->setToAddresses([$b]);
var_dump(count($m->getToAddresses()));
// Changing the caller's array (or a reference into it) afterwards changes nothing stored.
$list = [$a];
$ref = &$list[0];
$m->setCCAddresses($list);
$ref = 'not an address';
$list[] = $b;
var_dump(count($m->getCCAddresses()), $m->getCCAddresses()[0] === $a);
// Nor does changing the returned array.
$got = $m->getCCAddresses();
$got[] = $b;
var_dump(count($m->getCCAddresses()));
$m->setToAddresses([]);
var_dump($m->getToAddresses());
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  string(5) "first"
  [1]=>
  int(7)
}
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
int(1)
bool(true)
int(1)
array(0) {
}
