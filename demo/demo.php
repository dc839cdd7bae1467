<?php
// The metamta demo: builds a message with non-ASCII text and attachments,
// sends it through the adapters to loopback servers, and shows what arrived.
// Run through scripts/demo.sh (it builds the extension and loads it).

use MetaMTA\CIDRList;
use MetaMTA\EmailAddress;
use MetaMTA\EmailMessage;
use MetaMTA\MailAttachment;
use MetaMTA\MailHeader;
use MetaMTA\TestAdapter;

printf("metamta %s (%s)\n\n", phpversion('metamta'), PHP_VERSION);

$message = (new EmailMessage())
    ->setFromAddress(new EmailAddress('Zoë Müller <zoe@example.org>'))
    ->setReplyToAddress(new EmailAddress('replies@example.org'))
    ->setToAddresses([new EmailAddress('"Lovelace, Ada" <ada@example.org>'), new EmailAddress('bob@example.net')])
    ->setCCAddresses([new EmailAddress('Ops <ops@example.com>')])
    ->setSubject('Grüße aus Köln — résumé attached ✓')
    ->setHeaders([new MailHeader('X-Phabricator-Sent-This-Message', 'Yes'), new MailHeader('Thread-Topic', 'D123: demo')])
    ->setTextBody("Hello Ada,\n\nnaïve café text.\n")
    ->setHTMLBody('<p>Hello <b>Ada</b>, naïve café.</p>')
    ->setAttachments([
        new MailAttachment("name,city\nZoë,Köln\n", 'contacts.csv', 'text/csv'),
        new MailAttachment(random_bytes(32), 'blob.bin', 'application/octet-stream'),
    ]);

echo "== TestAdapter: what was recorded\n";
$test = (new TestAdapter())->setKey('demo-test');
$test->sendMessage($message);
$guts = $test->getGuts();
foreach ($guts['attachments'] as $i => $attachment) {
    $guts['attachments'][$i]['data'] = sprintf('<%d bytes>', strlen($attachment['data']));
}
echo json_encode($guts, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n\n";

echo "== Postmark's default inbound allowlist\n";
$allow = CIDRList::newList(['50.31.156.6/32', '50.31.156.77/32', '18.217.206.57/32', '3.134.147.250/32']);
foreach (['50.31.156.6', '50.31.156.7', '::ffff:3.134.147.250', '2001:db8::1'] as $remote) {
    printf("  %-22s %s\n", $remote, $allow->containsAddress($remote) ? 'allowed' : 'refused');
}
echo "\n";

echo "== A bad header is refused, not passed on\n";
try {
    new MailHeader('X-Evil', "x\r\nBcc: victim@example.com");
} catch (MetaMTA\InvalidArgumentException $e) {
    echo '  ', get_class($e), ': ', $e->getMessage(), "\n";
}
