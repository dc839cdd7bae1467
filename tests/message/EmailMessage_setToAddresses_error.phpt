--TEST--
EmailMessage: a list element of the wrong kind names its key, the class and what was given
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$a = new MetaMTA\EmailAddress('a@example.org');
$m = (new MetaMTA\EmailMessage())->setToAddresses([$a]);
throws(fn() => $m->setToAddresses([$a, 'b@example.org']));
throws(fn() => $m->setToAddresses(['x' => 1]));
throws(fn() => $m->setCCAddresses([-2 => null]));
throws(fn() => $m->setCCAddresses(["k\r\n" => 1.5]));
throws(fn() => $m->setCCAddresses([[$a]]));
throws(fn() => $m->setCCAddresses([new stdClass]));
throws(fn() => $m->setToAddresses([new MetaMTA\MailHeader('X-A', 'b')]));
throws(fn() => $m->setToAddresses('a@example.org'));
// A rejected list leaves the stored one alone.
var_dump(count($m->getToAddresses()), $m->getToAddresses()[0] === $a, $m->getCCAddresses());
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Array item with key '1' must be an instance of MetaMTA\EmailAddress, string given.
MetaMTA\InvalidArgumentException: Array item with key 'x' must be an instance of MetaMTA\EmailAddress, int given.
MetaMTA\InvalidArgumentException: Array item with key '-2' must be an instance of MetaMTA\EmailAddress, null given.
MetaMTA\InvalidArgumentException: Array item with key 'k\r\n' must be an instance of MetaMTA\EmailAddress, float given.
MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\EmailAddress, array given.
MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\EmailAddress, stdClass given.
MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\EmailAddress, MetaMTA\MailHeader given.
TypeError: MetaMTA\EmailMessage::setToAddresses(): Argument #1 ($addresses) must be of type array, string given
int(1)
bool(true)
array(0) {
}
