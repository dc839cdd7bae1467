--TEST--
Bad input: wrong scalar types under strict_types are the engine's TypeError
--EXTENSIONS--
metamta
--FILE--
<?php
declare(strict_types=1);
// The same kind of juggling under strict_types: every scalar of the wrong type is the engine's
// TypeError, including the float the coercive mode would truncate with a deprecation.
require __DIR__ . '/hostile.inc';
use MetaMTA\{EmailAddress, EmailMessage, PhoneNumber, IPAddress, PostmarkAdapter, MailerList};

hostile_case('address int', fn() => new EmailAddress(123));
hostile_case('subject int', fn() => (new EmailMessage())->setSubject(42));
hostile_case('phone int', fn() => new PhoneNumber(4155550100));
hostile_case('ip int', fn() => IPAddress::newAddress(2130706433));
hostile_case('priority float', fn() => (new PostmarkAdapter())->setPriority(1.5));
hostile_case('priority numeric string', fn() => (new PostmarkAdapter())->setPriority('5'));
hostile_case('setSupportsInbound int', fn() => (new PostmarkAdapter())->setSupportsInbound(1));
hostile_case('sendAll concurrency float', fn() => MailerList::fromConfig([])->sendAll([], 2.0));
hostile_done();
--EXPECT--
address int: TypeError: MetaMTA\EmailAddress::__construct(): Argument #1 ($address) must be of type ?string, int given
subject int: TypeError: MetaMTA\EmailMessage::setSubject(): Argument #1 ($subject) must be of type ?string, int given
phone int: TypeError: MetaMTA\PhoneNumber::__construct(): Argument #1 ($number) must be of type string, int given
ip int: TypeError: MetaMTA\IPAddress::newAddress(): Argument #1 ($address) must be of type MetaMTA\IPAddress|string, int given
priority float: TypeError: MetaMTA\MailAdapter::setPriority(): Argument #1 ($priority) must be of type ?int, float given
priority numeric string: TypeError: MetaMTA\MailAdapter::setPriority(): Argument #1 ($priority) must be of type ?int, string given
setSupportsInbound int: TypeError: MetaMTA\MailAdapter::setSupportsInbound(): Argument #1 ($supports) must be of type bool, int given
sendAll concurrency float: TypeError: MetaMTA\MailerList::sendAll(): Argument #2 ($concurrency) must be of type int, float given
8 hostile inputs
