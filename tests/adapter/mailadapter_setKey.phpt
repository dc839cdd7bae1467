--TEST--
MailAdapter key, priority, inbound and outbound: initial values, fluent setters, getters
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/userland.inc';

foreach ([new MetaMTA\TestAdapter(), new DemoAdapter()] as $adapter) {
    echo get_class($adapter), "\n";
    var_dump($adapter->getKey(), $adapter->getPriority(), $adapter->getMedia());
    var_dump($adapter->getSupportsInbound(), $adapter->getSupportsOutbound());

    var_dump($adapter->setKey('smtp-a') === $adapter);
    var_dump($adapter->setPriority(-3) === $adapter);
    var_dump($adapter->setSupportsInbound(false) === $adapter);
    var_dump($adapter->setSupportsOutbound(false) === $adapter);
    var_dump($adapter->getKey(), $adapter->getPriority());
    var_dump($adapter->getSupportsInbound(), $adapter->getSupportsOutbound());

    $adapter->setPriority(null)->setSupportsInbound(true);
    var_dump($adapter->getPriority(), $adapter->getSupportsInbound());
}
?>
--EXPECT--
MetaMTA\TestAdapter
NULL
NULL
NULL
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(6) "smtp-a"
int(-3)
bool(false)
bool(false)
NULL
bool(true)
DemoAdapter
NULL
NULL
NULL
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(6) "smtp-a"
int(-3)
bool(false)
bool(false)
NULL
bool(true)
