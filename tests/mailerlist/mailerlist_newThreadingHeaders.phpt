--TEST--
MailerList::newThreadingHeaders(): every row of the original's table, Thread-Index bytes, no thread ID
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\{MailerList, TestAdapter, PostmarkAdapter};
$keeps = (new TestAdapter())->setSupportsMessageID(true);
$drops = new PostmarkAdapter();
$show = function (array $headers) {
    foreach ($headers as $h) {
        echo '  ', get_class($h), ' ', $h->getName(), ': ', $h->getValue(), "\n";
    }
};
foreach ([[true, $keeps, null], [true, $drops, null], [false, $keeps, null], [false, $drops, '<p@mx.example>']] as [$first, $mailer, $parent]) {
    echo $first ? 'first' : 'later', ' ', get_class($mailer), ' ', $parent ?? '-', "\n";
    $show(MailerList::newThreadingHeaders($mailer, 'D42', $first, $parent, 'example.com', 1700000000));
}
$h = MailerList::newThreadingHeaders($drops, 'D42', false, null, 'example.com', 1700000000);
echo bin2hex(base64_decode($h[2]->getValue())) === bin2hex(substr(md5('<D42@example.com>'), 0, 27) . ' ' . pack('N', 1700000000)) ? "index ok\n" : "index wrong\n";
echo strlen(MailerList::newThreadingHeaders($drops, 'D42', false, null, 'example.com')[2]->getValue()), "\n";
var_dump(MailerList::newThreadingHeaders($keeps, null, true, null, 'example.com'), MailerList::newThreadingHeaders($keeps, '', true, null, 'x'));
?>
--EXPECT--
first MetaMTA\TestAdapter -
  MetaMTA\MailHeader Message-ID: <D42@example.com>
  MetaMTA\MailHeader Thread-Index: NzJlODdlZjRhNGY0OTZkNzhmNzJiMDk3MTVj
first MetaMTA\PostmarkAdapter -
  MetaMTA\MailHeader In-Reply-To: <D42@example.com>
  MetaMTA\MailHeader References: <D42@example.com>
  MetaMTA\MailHeader Thread-Index: NzJlODdlZjRhNGY0OTZkNzhmNzJiMDk3MTVj
later MetaMTA\TestAdapter -
  MetaMTA\MailHeader In-Reply-To: <D42@example.com>
  MetaMTA\MailHeader References: <D42@example.com>
  MetaMTA\MailHeader Thread-Index: NzJlODdlZjRhNGY0OTZkNzhmNzJiMDk3MTVjIGVT8QA=
later MetaMTA\PostmarkAdapter <p@mx.example>
  MetaMTA\MailHeader In-Reply-To: <p@mx.example>
  MetaMTA\MailHeader References: <D42@example.com> <p@mx.example>
  MetaMTA\MailHeader Thread-Index: NzJlODdlZjRhNGY0OTZkNzhmNzJiMDk3MTVjIGVT8QA=
index ok
44
array(0) {
}
array(0) {
}
