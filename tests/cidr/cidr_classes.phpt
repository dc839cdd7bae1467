--TEST--
MetaMTA\IPAddress, CIDRBlock and CIDRList are final, not serializable and take no dynamic properties
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\{CIDRBlock, CIDRList, IPAddress};

foreach ([IPAddress::class, CIDRBlock::class, CIDRList::class] as $class) {
    $r = new ReflectionClass($class);
    echo $class, ' final=', var_export($r->isFinal(), true), ' ctor=', $r->getConstructor()->isPrivate() ? 'private' : 'public', "\n";
}
$objects = [IPAddress::newAddress('::1'), CIDRBlock::newBlock('::/0'), CIDRList::newList([])];
foreach ($objects as $object) {
    throws(fn() => serialize($object));
    throws(function () use ($object) { $object->x = 1; });
}
?>
--EXPECT--
MetaMTA\IPAddress final=true ctor=private
MetaMTA\CIDRBlock final=true ctor=private
MetaMTA\CIDRList final=true ctor=private
Exception: Serialization of 'MetaMTA\IPAddress' is not allowed
Error: Cannot create dynamic property MetaMTA\IPAddress::$x
Exception: Serialization of 'MetaMTA\CIDRBlock' is not allowed
Error: Cannot create dynamic property MetaMTA\CIDRBlock::$x
Exception: Serialization of 'MetaMTA\CIDRList' is not allowed
Error: Cannot create dynamic property MetaMTA\CIDRList::$x
