--TEST--
MailerList::setRetryPolicy(): out-of-range values are rejected and the policy stays as it was
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$list = MetaMTA\MailerList::fromConfig(null);
throws(fn() => $list->setRetryPolicy(-1));
throws(fn() => $list->setRetryPolicy(101));
throws(fn() => $list->setRetryPolicy(1, -0.5));
throws(fn() => $list->setRetryPolicy(1, NAN));
throws(fn() => $list->setRetryPolicy(1, 2.0, 1.0));
throws(fn() => $list->setRetryPolicy(1, 1.0, 4000));
echo json_encode($list->getRetryPolicy()), "\n";
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Expected maxRetries to be between 0 and 100, -1 given.
MetaMTA\InvalidArgumentException: Expected maxRetries to be between 0 and 100, 101 given.
MetaMTA\InvalidArgumentException: Expected baseDelay to be between 0 and 3600 seconds, -0.5 given.
MetaMTA\InvalidArgumentException: Expected baseDelay to be between 0 and 3600 seconds, NAN given.
MetaMTA\InvalidArgumentException: Expected maxDelay to be between baseDelay (2) and 3600 seconds, 1 given.
MetaMTA\InvalidArgumentException: Expected maxDelay to be between baseDelay (1) and 3600 seconds, 4000 given.
{"maxRetries":2,"baseDelay":0.5,"maxDelay":10}
