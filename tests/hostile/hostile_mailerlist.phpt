--TEST--
Bad input to MailerList: non-array entries, huge priorities, recursive arrays, objects for strings, hostile send/sendAll/threading arguments
--EXTENSIONS--
metamta
--FILE--
<?php
// MailerList: non-array entries, huge priorities, recursive arrays, objects where strings are
// expected, odd keys; then the other MailerList entry points with hostile arguments.
require __DIR__ . '/hostile.inc';
use MetaMTA\{MailerList, EmailMessage, EmailAddress, TestAdapter};

$t = ['key' => 'a', 'type' => 'test'];
$recursiveOptions = [$t];
$recursiveOptions[0]['options'] = &$recursiveOptions;
$recursiveList = [$t];
$recursiveList[] = &$recursiveList;
$cases = [
    'int entry' => [42],
    'null entry' => [null],
    'ArrayObject entry' => [new ArrayObject($t)],
    'string-keyed list' => ['x' => $t],
    'PHP_INT_MAX priority' => [$t + ['priority' => PHP_INT_MAX], ['key' => 'b', 'type' => 'test', 'priority' => PHP_INT_MAX]],
    'PHP_INT_MIN priority' => [$t + ['priority' => PHP_INT_MIN]],
    'float priority' => [$t + ['priority' => 1e308]],
    'options referring to the config' => $recursiveOptions,
    'list containing itself' => $recursiveList,
    'deeply nested media' => [$t + ['media' => [[[[[[['email']]]]]]]]],
    'key object' => [['key' => new stdClass, 'type' => 'test']],
    'type object' => [['key' => 'a', 'type' => new stdClass]],
    'type Stringable' => [['key' => 'a', 'type' => new class { public function __toString(): string { return 'test'; } }]],
    'key with CRLF (a plain label)' => [['key' => "a\r\nb", 'type' => 'test']],
    'key empty' => [['key' => '', 'type' => 'test']],
    'type with NUL' => [['key' => 'a', 'type' => "test\0"]],
    'type as a class name' => [['key' => 'a', 'type' => 'MetaMTA\\TestAdapter']],
    'options object' => [$t + ['options' => new stdClass]],
    'options list' => [['key' => 'p', 'type' => 'postmark', 'options' => ['tok']]],
    'secret beside a mistyped option' => [['key' => 'p', 'type' => 'postmark', 'options' => ['access-token' => 'SECRET-TOKEN', 'timeout' => 'SECRET-TOKEN']]],
    'media null' => [$t + ['media' => null]],
    'media ints' => [$t + ['media' => [1, 2]]],
    'empty config' => [],
    'null config' => null,
    '1000 mailers' => array_map(fn($i) => ['key' => "k$i", 'type' => 'test', 'priority' => $i % 7 + 1], range(1, 1000)),
];
foreach ($cases as $name => $config) {
    hostile_case("fromConfig $name", fn() => count(MailerList::fromConfig($config)) . ' mailers');
}
// The two self-referencing arrays are cycles only the collector frees.
unset($cases, $config, $recursiveOptions, $recursiveList);
gc_collect_cycles();
$list = MailerList::fromConfig([$t]);
$message = (new EmailMessage())->setToAddresses([new EmailAddress('a@b.c')]);
hostile_case('getMailers unknown constraint', fn() => count($list->getMailers(['nope' => 1])));
hostile_case('getMailers types object', fn() => count($list->getMailers(['types' => new stdClass])));
hostile_case('getMailers types nested', fn() => count($list->getMailers(['types' => [['email']]])));
hostile_case('getMailer with NUL', fn() => get_class($list->getMailer("a\0")));
hostile_case('send try-list of ints', fn() => $list->send($message, [1, 2]));
hostile_case('send try-list unknown key', fn() => $list->send($message, ["zz\r\n"]));
hostile_case('setRetryPolicy -1', fn() => $list->setRetryPolicy(-1));
hostile_case('setRetryPolicy PHP_INT_MAX', fn() => $list->setRetryPolicy(PHP_INT_MAX));
hostile_case('setRetryPolicy NAN', fn() => $list->setRetryPolicy(1, NAN));
hostile_case('setRetryPolicy INF', fn() => $list->setRetryPolicy(1, 0.5, INF));
hostile_case('setRetryPolicy min > max', fn() => $list->setRetryPolicy(1, 5.0, 1.0));
hostile_case('sendAll of non-messages', fn() => count($list->sendAll([1, 'x'])));
hostile_case('sendAll concurrency 0', fn() => count($list->sendAll([], 0)));
hostile_case('sendAll concurrency PHP_INT_MAX', fn() => count($list->sendAll([$message], PHP_INT_MAX)));
hostile_case('sendAll 10,000 messages', fn() => count(array_filter($list->sendAll(array_fill(0, 10000, $message)), fn($r) => $r->isSent())) . ' sent');
hostile_case('threading domain CRLF', fn() => count(MailerList::newThreadingHeaders(new TestAdapter(), 't', true, null, "ex.com\r\nBcc: x")));
hostile_case('threading thread ID NUL', fn() => count(MailerList::newThreadingHeaders(new TestAdapter(), "t\0", true, null, 'ex.com')));
hostile_case('threading parent CRLF', fn() => count(MailerList::newThreadingHeaders(new TestAdapter(), 't', false, "<p@x>\r\nBcc: y", 'ex.com')));
hostile_case('threading now PHP_INT_MIN', fn() => count(MailerList::newThreadingHeaders(new TestAdapter(), 't', true, null, 'ex.com', PHP_INT_MIN)));
hostile_done();
--EXPECT--
fromConfig int entry: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): a mailer must be a map of parameters, got type 'int'.
fromConfig null entry: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): a mailer must be a map of parameters, got type 'null'.
fromConfig ArrayObject entry: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): a mailer must be a map of parameters, got type 'ArrayObject'.
fromConfig string-keyed list: ok 1 mailers
fromConfig PHP_INT_MAX priority: ok 2 mailers
fromConfig PHP_INT_MIN priority: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): priority must be greater than 0, -9223372036854775808 given.
fromConfig float priority: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'priority' has invalid type: expected type 'int', got type 'float'.
fromConfig options referring to the config: MetaMTA\InvalidArgumentException: Options must not contain a reference to themselves.
fromConfig list containing itself: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 1): Got unexpected parameters: 0, 1.
fromConfig deeply nested media: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'media' has invalid type: expected type 'list<string>', got type 'array'.
fromConfig key object: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'key' has invalid type: expected type 'string', got type 'stdClass'.
fromConfig type object: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'type' has invalid type: expected type 'string', got type 'stdClass'.
fromConfig type Stringable: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'type' has invalid type: expected type 'string', got type 'class@anonymous'.
fromConfig key with CRLF (a plain label): ok 1 mailers
fromConfig key empty: ok 1 mailers
fromConfig type with NUL: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): mailer 'a' has unknown type 'test\0'; known types: test, postmark, mailgun, sendgrid, twilio, sendmail, ses, sns, smtp.
fromConfig type as a class name: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): mailer 'a' has unknown type 'MetaMTA\\TestAdapter'; known types: test, postmark, mailgun, sendgrid, twilio, sendmail, ses, sns, smtp.
fromConfig options object: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): specifies invalid options for mailer 'a': options must be a map, got type 'stdClass'.
fromConfig options list: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): specifies invalid options for mailer 'p': Got unexpected parameters: 0.
fromConfig secret beside a mistyped option: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): specifies invalid options for mailer 'p': Parameter 'timeout' has invalid type: expected type 'int', got type 'string'.
fromConfig media null: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'media' has invalid type: expected type 'list<string>', got type 'null'.
fromConfig media ints: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'media' has invalid type: expected type 'list<string>', got type 'array'.
fromConfig empty config: ok 0 mailers
fromConfig null config: ok 0 mailers
fromConfig 1000 mailers: ok 1000 mailers
getMailers unknown constraint: MetaMTA\InvalidArgumentException: Invalid mailer constraints: Got unexpected parameters: nope.
getMailers types object: MetaMTA\InvalidArgumentException: Invalid mailer constraints: Parameter 'types' has invalid type: expected type 'list<string>', got type 'stdClass'.
getMailers types nested: MetaMTA\InvalidArgumentException: Invalid mailer constraints: Parameter 'types' has invalid type: expected type 'list<string>', got type 'array'.
getMailer with NUL: MetaMTA\InvalidArgumentException: No mailer is configured with key 'a\0'.
send try-list of ints: MetaMTA\InvalidArgumentException: The try-list must hold mailer keys (strings), int given.
send try-list unknown key: MetaMTA\RuntimeException: No configured mailers support sending outbound mail.
setRetryPolicy -1: MetaMTA\InvalidArgumentException: Expected maxRetries to be between 0 and 100, -1 given.
setRetryPolicy PHP_INT_MAX: MetaMTA\InvalidArgumentException: Expected maxRetries to be between 0 and 100, 9223372036854775807 given.
setRetryPolicy NAN: MetaMTA\InvalidArgumentException: Expected baseDelay to be between 0 and 3600 seconds, NAN given.
setRetryPolicy INF: MetaMTA\InvalidArgumentException: Expected maxDelay to be between baseDelay (0.5) and 3600 seconds, INF given.
setRetryPolicy min > max: MetaMTA\InvalidArgumentException: Expected maxDelay to be between baseDelay (5) and 3600 seconds, 1 given.
sendAll of non-messages: TypeError: MetaMTA\MailerList::sendAll(): Argument #1 ($messages) must contain only MetaMTA\ExternalMessage objects, int given
sendAll concurrency 0: ValueError: MetaMTA\MailerList::sendAll(): Argument #2 ($concurrency) must be between 1 and 1000, 0 given
sendAll concurrency PHP_INT_MAX: ValueError: MetaMTA\MailerList::sendAll(): Argument #2 ($concurrency) must be between 1 and 1000, 9223372036854775807 given
sendAll 10,000 messages: ok 10000 sent
threading domain CRLF: MetaMTA\InvalidArgumentException: Mail domain must not contain CR, LF or NUL, 'ex.com\r\nBcc: x' given
threading thread ID NUL: MetaMTA\InvalidArgumentException: Thread ID must not contain CR, LF or NUL, 't\0' given
threading parent CRLF: MetaMTA\InvalidArgumentException: Parent Message-ID must not contain CR, LF or NUL, '<p@x>\r\nBcc: y' given
threading now PHP_INT_MIN: ValueError: MetaMTA\MailerList::newThreadingHeaders(): Argument #6 ($now) must be a Unix time between 0 and 4294967295, -9223372036854775808 given
44 hostile inputs
