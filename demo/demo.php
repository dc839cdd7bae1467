<?php
// The metamta demo: builds a message with non-ASCII text and attachments,
// sends it through the adapters to loopback servers, and shows what arrived.
// Run through scripts/demo.sh (it builds the extension and loads it).

require __DIR__ . '/../tests/servers/server.inc';
require __DIR__ . '/../tests/servers/smtp.inc';

use MetaMTA\AmazonSESAdapter;
use MetaMTA\CIDRList;
use MetaMTA\EmailAddress;
use MetaMTA\EmailMessage;
use MetaMTA\MailAttachment;
use MetaMTA\MailHeader;
use MetaMTA\MailgunAdapter;
use MetaMTA\PhoneNumber;
use MetaMTA\PostmarkAdapter;
use MetaMTA\SendGridAdapter;
use MetaMTA\SendmailAdapter;
use MetaMTA\SMTPAdapter;
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
    'SES' => [new AmazonSESAdapter(), ['access-key' => 'AKIDEXAMPLE', 'secret-key' => 'demo-secret',
        'region' => 'us-east-1', 'endpoint' => 'email.us-east-1.amazonaws.com']],
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
    $names = ['postmark' => 'Postmark', 'mailgun' => 'Mailgun', 'sendgrid' => 'SendGrid', 'ses' => 'Amazon SES',
        'twilio' => 'Twilio'];
    printf("== %s mock received %s %s (%s)\n", $names[$request['provider']] ?? $request['provider'], $request['method'], $request['path'], $request['verdict']);
    $parsed = $request['parsed'];
    if (isset($parsed['message'])) {
        printf("  signed SigV4 (%s/%s, headers %s); the raw MIME message as Python's email package reads it:\n",
            $parsed['region'], $parsed['service'], implode(';', $parsed['signed_headers']));
        foreach ($parsed['message']['headers'] as [$name, $value]) {
            printf("  %-26s %s\n", $name . ':', $value);
        }
        foreach ($parsed['message']['attachments'] as $attachment) {
            printf("  attachment %s (%s, %d bytes)\n", $attachment['filename'] ?? '?', $attachment['content_type'] ?? '?',
                $attachment['size'] ?? 0);
        }
    } elseif (isset($parsed['json'])) {
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

// A real SMTP server (Debian's aiosmtpd) requiring STARTTLS and AUTH.
$smtpd = metamta_smtp_start(['starttls' => true, 'auth' => true, 'user' => 'demo', 'password' => 'demo-password']);
$smtp = new SMTPAdapter();
$smtp->setOptions(['host' => "127.0.0.1:{$smtpd['port']}", 'protocol' => 'tls', 'user' => 'demo',
    'password' => 'demo-password'] + $smtp->newDefaultOptions());
$smtp->sendMessage($message);
$smtp->sendMessage((clone $message)->setSubject('A second message over the same connection'));
$received = metamta_smtp_messages($smtpd);
$stats = metamta_smtp_stats($smtpd);
$first = $received[0];
printf("== SMTP server received %d messages over %d connection(s) (TLS %s, AUTH as %s)\n", count($received),
    count(array_unique(array_column($received, 'conn'))), $first['tls'] ? 'on' : 'off', $first['auth_user']);
printf("  MAIL FROM %s, RCPT TO %s\n", $first['mail_from'], implode(', ', $first['rcpt_tos']));
$check = metamta_mime_check($first['data']);
foreach (['subject', 'from', 'to', 'cc', 'message-id'] as $name) {
    printf("  %-11s %s\n", $name . ':', $check['header'][$name] ?? '-');
}
printf("  longest line %d octets, bare LF %d, bare CR %d, header lines over 78: %d, parser defects: %d\n\n",
    $check['checks']['max_line_length'], $check['checks']['bare_lf'], $check['checks']['bare_cr'],
    $check['checks']['header_lines_over_78'], count($check['defects']));
metamta_server_stop($smtpd);

// A stand-in sendmail that records its argv and stdin.
$fake = metamta_fake_sendmail();
$sendmail = new SendmailAdapter();
$sendmail->setOptions(['binary' => $fake['path']] + $sendmail->newDefaultOptions());
$sendmail->sendMessage($message);
$run = metamta_fake_sendmail_runs($fake)[0];
printf("== sendmail ran as: %s\n", implode(' ', array_map('escapeshellarg', array_slice($run['argv'], 1))));
printf("  and read %d bytes on stdin, starting:\n", strlen($run['stdin']));
foreach (array_slice(explode("\n", $run['stdin']), 0, 6) as $line) {
    echo '  | ', $line, "\n";
}
echo "\n";

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
