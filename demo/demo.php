<?php
// The metamta demo: builds a message with non-ASCII text and attachments,
// sends it through the adapters to loopback servers, and shows what arrived.
// Run through scripts/demo.sh (it builds the extension and loads it).

require __DIR__ . '/../tests/servers/server.inc';

use MetaMTA\CIDRList;
use MetaMTA\EmailAddress;
use MetaMTA\EmailMessage;
use MetaMTA\MailAttachment;
use MetaMTA\MailHeader;
use MetaMTA\MailgunAdapter;
use MetaMTA\PhoneNumber;
use MetaMTA\PostmarkAdapter;
use MetaMTA\SendGridAdapter;
use MetaMTA\SMSMessage;
use MetaMTA\TestAdapter;
use MetaMTA\TwilioAdapter;

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

// The provider mock the test suite uses: HTTPS on 127.0.0.1 with a test CA,
// checking every request the way the provider does.
$mock = metamta_mock_start();
ini_set('metamta.cainfo', $mock['cafile']);
printf("== Provider mock listening on %s\n\n", $mock['base_uri']);

$adapters = [
    'Postmark' => [new PostmarkAdapter(), ['access-token' => 'demo-token']],
    'Mailgun' => [new MailgunAdapter(), ['api-key' => 'demo-key', 'domain' => 'mg.example.org']],
    'SendGrid' => [new SendGridAdapter(), ['api-key' => 'demo-key']],
];
foreach ($adapters as $name => [$adapter, $options]) {
    $adapter->setOptions(['base-uri' => $mock['base_uri']] + $options + $adapter->newDefaultOptions());
    $adapter->sendMessage($message);
}
$sms = (new SMSMessage())->setToNumber(new PhoneNumber('(212) 555-0100'))->setTextBody('Your code is 4711 ✓');
$twilio = new TwilioAdapter();
$twilio->setOptions(['base-uri' => $mock['base_uri'], 'account-sid' => 'AC' . str_repeat('0123456789abcdef', 2),
    'auth-token' => 'demo-token', 'from-number' => '+15005550006'] + $twilio->newDefaultOptions());
$twilio->sendMessage($sms);

foreach (metamta_mock_requests($mock) as $request) {
    printf("== %s received %s %s (%s)\n", ucfirst($request['provider']), $request['method'], $request['path'], $request['verdict']);
    $parsed = $request['parsed'];
    if (isset($parsed['json'])) {
        $shown = $parsed['json'];
        array_walk_recursive($shown, function (&$value, $key) {
            if (in_array($key, ['Content', 'content'], true)) {
                $value = sprintf('<%d base64 characters>', strlen($value));
            }
        });
        echo json_encode($shown, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
    } else {
        foreach ($parsed['fields'] ?? [] as [$field, $value]) {
            $value = addcslashes($value, "\r\n");
            printf("  %-12s %s\n", $field, strlen($value) > 60 ? substr($value, 0, 57) . '...' : $value);
        }
        foreach ($parsed['files'] ?? [] as $file) {
            printf("  %-12s %s (%s, %d bytes)\n", $file['name'], $file['filename'], $file['content_type'], $file['size']);
        }
    }
    echo "\n";
}
$stats = metamta_mock_stats($mock);
printf("== %d requests over %d TCP connection(s): one reused TLS connection per provider host\n\n",
    $stats['requests'], $stats['connections']);
metamta_server_stop($mock);

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
