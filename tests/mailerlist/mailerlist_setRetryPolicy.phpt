--TEST--
MailerList::setRetryPolicy()/getRetryPolicy(): defaults, fluent setter, values kept
--EXTENSIONS--
metamta
--FILE--
<?php
$list = MetaMTA\MailerList::fromConfig(null);
echo json_encode($list->getRetryPolicy()), "\n";
var_dump($list->setRetryPolicy(5, 0.25, 2) === $list);
echo json_encode($list->getRetryPolicy()), "\n";
echo json_encode($list->setRetryPolicy()->getRetryPolicy()), "\n";
echo json_encode($list->setRetryPolicy(0, 0, 0)->getRetryPolicy()), "\n";
?>
--EXPECT--
{"maxRetries":2,"baseDelay":0.5,"maxDelay":10}
bool(true)
{"maxRetries":5,"baseDelay":0.25,"maxDelay":2}
{"maxRetries":2,"baseDelay":0.5,"maxDelay":10}
{"maxRetries":0,"baseDelay":0,"maxDelay":0}
