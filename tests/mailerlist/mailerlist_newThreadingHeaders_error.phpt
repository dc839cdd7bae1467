--TEST--
MailerList::newThreadingHeaders(): line breaks in the inputs and an impossible time are rejected
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\{MailerList, TestAdapter};
throws(fn() => MailerList::newThreadingHeaders(new TestAdapter(), "D1\r\nBcc: x@y", true, null, 'example.com'));
throws(fn() => MailerList::newThreadingHeaders(new TestAdapter(), 'D1', false, "<p@x>\n", 'example.com'));
throws(fn() => MailerList::newThreadingHeaders(new TestAdapter(), 'D1', false, null, "example.com\0"));
throws(fn() => MailerList::newThreadingHeaders(new TestAdapter(), 'D1', false, null, 'example.com', -1));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Thread ID must not contain CR, LF or NUL, 'D1\r\nBcc: x@y' given
MetaMTA\InvalidArgumentException: Parent Message-ID must not contain CR, LF or NUL, '<p@x>\n' given
MetaMTA\InvalidArgumentException: Mail domain must not contain CR, LF or NUL, 'example.com\0' given
ValueError: MetaMTA\MailerList::newThreadingHeaders(): Argument #6 ($now) must be a Unix time between 0 and 4294967295, -1 given
