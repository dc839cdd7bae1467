--TEST--
Bad input through the MIME path (SendmailAdapter, fake binary): dash-leading addresses, non-UTF-8, overlong, empty, 10,000 recipients
--EXTENSIONS--
metamta
--FILE--
<?php
// The MIME path through SendmailAdapter and the fake binary: dash-leading addresses never become
// options, non-UTF-8 header text is refused and bodies are encoded, overlong text is folded to
// at most 78 columns or refused when it cannot be folded under 998, and 10,000 recipients go
// after "--". Each line shows the argv after the binary and the longest line of the message.
require __DIR__ . '/hostile.inc';
require __DIR__ . '/../sendmail/sendmail.inc';
use MetaMTA\{MailHeader, MailAttachment, EmailMessage, EmailAddress, SendmailAdapter};

$prefix = fake_sendmail_setup();
$adapter = new SendmailAdapter();
$adapter->setOptions(['binary' => fake_sendmail_path()] + $adapter->newDefaultOptions());
$send = function (EmailMessage $m) use ($adapter, $prefix): string {
    @unlink("$prefix.argv");
    @unlink("$prefix.stdin");
    $adapter->sendMessage($m);
    $argv = array_slice(fake_sendmail_argv($prefix), 1);
    $argv = count($argv) > 12 ? array_merge(array_slice($argv, 0, 6), ['...' . count($argv) . ' args...'], array_slice($argv, -2)) : $argv;
    $stdin = fake_sendmail_stdin($prefix);
    return implode(' ', $argv) . ' | max line ' . max(array_map('strlen', explode("\n", $stdin)))
        . (strpos($stdin, "\r") === false ? '' : ' (CR!)');
};
$msg = fn() => sendmail_test_message();
$ran = fn() => fake_sendmail_argv($prefix) === null ? 'not run' : 'RAN';

hostile_case('To starting with -', fn() => $send($msg()->setToAddresses([new EmailAddress('-oQ/tmp/evil@example.com')])));
hostile_case('From starting with -', fn() => $send($msg()->setFromAddress(new EmailAddress('-bi@example.com'))));
hostile_case('bare -X option as To', fn() => $send($msg()->setToAddresses([new EmailAddress('-X/tmp/log')])));
hostile_case('Cc --help', fn() => $send($msg()->setCCAddresses([new EmailAddress('--help')])));
hostile_case('local part with space', fn() => $send($msg()->setToAddresses([(new EmailAddress('a@b.c'))->setLocalPart('a -f')])));
hostile_case('empty To address', fn() => $send($msg()->setToAddresses([new EmailAddress('')])));
hostile_case('no recipients', fn() => $send($msg()->setToAddresses([])->setCCAddresses([])));
hostile_case('binary never ran for the refusals above', $ran);
hostile_case('subject not UTF-8', fn() => $send($msg()->setSubject("\xff\xfe bad")));
hostile_case('display name not UTF-8', fn() => $send($msg()->setToAddresses([new EmailAddress("\xe2\x82 <a@b.c>")])));
hostile_case('header value not UTF-8', fn() => $send($msg()->setHeaders([new MailHeader('X-A', "\xc0\xaf")])));
hostile_case('filename not UTF-8', fn() => $send($msg()->setAttachments([new MailAttachment('x', "\xff.txt", 'text/plain')])));
hostile_case('local part not UTF-8', fn() => $send($msg()->setToAddresses([new EmailAddress("\xff@b.c")])));
hostile_case('text body not UTF-8 (base64)', fn() => $send($msg()->setTextBody("\xff\xfe bad")));
hostile_case('HTML body not UTF-8 (quoted-printable)', fn() => $send($msg()->setHTMLBody("<b>\xc3(</b>")));
hostile_case('text body with NUL and lone CR', fn() => $send($msg()->setTextBody("a\0b\rc")));
hostile_case('10 KB subject', fn() => $send($msg()->setSubject(str_repeat('word ', 2048))));
hostile_case('100 KB header value of words', fn() => $send($msg()->setHeaders([new MailHeader('X-Big', str_repeat('ab ', 34000))])));
hostile_case('100 KB header value, one word', fn() => $send($msg()->setHeaders([new MailHeader('X-Big', str_repeat('a', 100000))])));
hostile_case('1000-char word subject', fn() => $send($msg()->setSubject(str_repeat('x', 1000))));
hostile_case('1000-char word non-ASCII subject', fn() => $send($msg()->setSubject(str_repeat("\xc3\xa9", 500))));
hostile_case('1000-char word body', fn() => $send($msg()->setTextBody(str_repeat('x', 1000))));
hostile_case('1000-char filename', fn() => $send($msg()->setAttachments([new MailAttachment('x', str_repeat('f', 1000), 'text/plain')])));
hostile_case('1000-char MIME type', fn() => $send($msg()->setAttachments([new MailAttachment('x', 'f', 'text/' . str_repeat('p', 1000))])));
hostile_case('1000-char display name', fn() => $send($msg()->setToAddresses([new EmailAddress(str_repeat('n', 1000) . ' <a@b.c>')])));
hostile_case('1000-char local part', fn() => $send($msg()->setToAddresses([new EmailAddress(str_repeat('n', 1000) . '@b.c')])));
hostile_case('empty subject', fn() => $send($msg()->setSubject('')));
hostile_case('empty body', fn() => $send($msg()->setTextBody('')));
hostile_case('empty header value', fn() => $send($msg()->setHeaders([new MailHeader('X-E', '')])));
hostile_case('header without name', fn() => $send($msg()->setHeaders([new MailHeader()])));
hostile_case('custom Bcc header', fn() => $send($msg()->setHeaders([new MailHeader('Bcc', 'x@evil.example')])));
hostile_case('10,000 recipients', function () use ($send, $msg) {
    $list = [];
    for ($i = 0; $i < 10000; $i++) {
        $list[] = new EmailAddress("r$i@example.com");
    }
    return $send($msg()->setToAddresses($list)->setCCAddresses([]));
});
hostile_done();
--EXPECT--
To starting with -: MetaMTA\InvalidArgumentException: To address must not start with '-', '-oQ/tmp/evil@example.com' given
From starting with -: MetaMTA\InvalidArgumentException: From address must not start with '-', '-bi@example.com' given
bare -X option as To: MetaMTA\InvalidArgumentException: To address has no domain, '-X/tmp/log' given
Cc --help: MetaMTA\InvalidArgumentException: Cc address has no domain, '--help' given
local part with space: MetaMTA\InvalidArgumentException: To address must be printable ASCII without spaces, control characters, a second '@' or any of <>(),;"\, 'a -f@b.c' given
empty To address: MetaMTA\InvalidArgumentException: To address has an empty local part, '' given
no recipients: MetaMTA\InvalidArgumentException: The message has no recipients (no To or Cc address)
binary never ran for the refusals above: ok not run
subject not UTF-8: MetaMTA\InvalidArgumentException: Subject must be valid UTF-8, '\xff\xfe bad' given
display name not UTF-8: MetaMTA\InvalidArgumentException: To display name must be valid UTF-8 to be encoded, '\xe2\x82' given
header value not UTF-8: MetaMTA\InvalidArgumentException: Header 'X-A' value must be valid UTF-8, '\xc0\xaf' given
filename not UTF-8: MetaMTA\InvalidArgumentException: Attachment filename must be valid UTF-8, '\xff.txt' given
local part not UTF-8: MetaMTA\InvalidArgumentException: To address must be printable ASCII without spaces, control characters, a second '@' or any of <>(),;"\, '\xff@b.c' given
text body not UTF-8 (base64): ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 58
HTML body not UTF-8 (quoted-printable): ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 58
text body with NUL and lone CR: ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 58
10 KB subject: ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 78
100 KB header value of words: ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 78
100 KB header value, one word: MetaMTA\InvalidArgumentException: Header 'X-Big' holds a word too long to fold into lines of at most 998 characters
1000-char word subject: MetaMTA\InvalidArgumentException: Header 'Subject' holds a word too long to fold into lines of at most 998 characters
1000-char word non-ASCII subject: ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 77
1000-char word body: ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 76
1000-char filename: ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 66
1000-char MIME type: MetaMTA\InvalidArgumentException: Header 'Content-Type' holds a word too long to fold into lines of at most 998 characters
1000-char display name: MetaMTA\InvalidArgumentException: Header 'To' holds a word too long to fold into lines of at most 998 characters
1000-char local part: MetaMTA\InvalidArgumentException: Header 'To' holds a word too long to fold into lines of at most 998 characters
empty subject: ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 58
empty body: ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 58
empty header value: ok -oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net | max line 58
header without name: MetaMTA\InvalidArgumentException: Header name must not be empty
custom Bcc header: MetaMTA\InvalidArgumentException: Header 'Bcc' is written from the message's own fields and cannot be added as a custom header
10,000 recipients: ok -oi -f alice@example.com -- r0@example.com r1@example.com ...10004 args... r9998@example.com r9999@example.com | max line 76
32 hostile inputs
