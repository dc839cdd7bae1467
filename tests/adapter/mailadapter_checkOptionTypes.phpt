--TEST--
MailAdapter::checkOptionTypes() accepts maps matching the type grammar
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/userland.inc';

$types = [
    's' => 'string',
    'i' => 'int',
    'b' => 'bool',
    'n' => 'null',
    'l' => 'list<string>',
    'sn' => 'string|null',
    'bn' => 'bool|null',
    'si' => 'int|string',
];
$maps = [
    ['s' => '', 'i' => 0, 'b' => false, 'n' => null, 'l' => [], 'sn' => null, 'bn' => true, 'si' => 1],
    ['s' => 'x', 'i' => -5, 'b' => true, 'n' => null, 'l' => ['a', 'b'], 'sn' => 'y', 'bn' => null, 'si' => 'z'],
    // Order of keys does not matter.
    ['si' => 2, 'bn' => false, 'sn' => '', 'l' => ['a'], 'n' => null, 'b' => true, 'i' => PHP_INT_MAX, 's' => "\0"],
];
foreach ($maps as $map) {
    CheckAdapter::check($map, $types);
    echo "ok\n";
}
CheckAdapter::check([], []);
echo "ok\n";
// An int-like name matches the int key PHP makes of it.
CheckAdapter::check([25 => 1], ['25' => 'int']);
echo "ok\n";
?>
--EXPECT--
ok
ok
ok
ok
ok
