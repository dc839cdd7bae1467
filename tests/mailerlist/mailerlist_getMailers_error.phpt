--TEST--
MailerList::getMailers(): constraint keys and types are checked
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
$list = MetaMTA\MailerList::fromConfig([['key' => 'a', 'type' => 'test']]);
throws(fn() => $list->getMailers(['type' => ['test']]));
throws(fn() => $list->getMailers(['types' => 'test']));
throws(fn() => $list->getMailers(['inbound' => 1]));
throws(fn() => $list->getMailers(['media' => ['email', 1]]));
throws(fn() => $list->getMailers(['types' => ['x' => 'test']]));
throws(fn() => $list->getMailer("nope\r"));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Invalid mailer constraints: Got unexpected parameters: type.
MetaMTA\InvalidArgumentException: Invalid mailer constraints: Parameter 'types' has invalid type: expected type 'list<string>', got type 'string'.
MetaMTA\InvalidArgumentException: Invalid mailer constraints: Parameter 'inbound' has invalid type: expected type 'bool', got type 'int'.
MetaMTA\InvalidArgumentException: Invalid mailer constraints: Parameter 'media' has invalid type: expected type 'list<string>', got type 'array'.
MetaMTA\InvalidArgumentException: Invalid mailer constraints: Parameter 'types' has invalid type: expected type 'list<string>', got type 'array'.
MetaMTA\InvalidArgumentException: No mailer is configured with key 'nope\r'.
