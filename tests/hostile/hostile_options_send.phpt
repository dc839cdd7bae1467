--TEST--
Bad input in secrets and send-time options: CR/LF/NUL refused before any request, secrets never echoed; unusable sendmail binaries
--EXTENSIONS--
metamta
--FILE--
<?php
// Secrets and the other options only checked when sending: CR/LF/NUL in every secret is refused
// before any request and the secret never appears in the message; an unusable sendmail binary
// is a TransportException (no shell, no splitting on spaces).
require __DIR__ . '/hostile.inc';
require __DIR__ . '/../sendmail/sendmail.inc';
use MetaMTA\{EmailMessage, EmailAddress, SMSMessage, PhoneNumber};

$mock = metamta_mock_start();
ini_set('metamta.cainfo', $mock['cafile']);
$make = function (string $class, array $options) use ($mock) {
    $adapter = new $class();
    $adapter->setOptions($options + ['base-uri' => $mock['base_uri']] + $adapter->newDefaultOptions());
    return $adapter;
};
$email = (new EmailMessage())->setFromAddress(new EmailAddress('s@example.com'))
    ->setToAddresses([new EmailAddress('t@example.com')])->setSubject('Hi')->setTextBody('B');
$sms = (new SMSMessage())->setToNumber(new PhoneNumber('+14155550100'))->setTextBody('hi');
$aws = ['access-key' => 'AK', 'secret-key' => 'S', 'region' => 'us-east-1', 'endpoint' => 'email.us-east-1.amazonaws.com'];
$sid = 'AC0123456789abcdef0123456789abcdef';
$send = function (string $class, array $options, $message) use ($make, $mock): string {
    $before = hostile_requests($mock);
    $make($class, $options)->sendMessage($message);
    $log = metamta_mock_requests($mock);
    return 'requests ' . (hostile_requests($mock) - $before) . ', ' . end($log)['verdict'];
};
foreach (['CRLF' => "\r\nX-Evil: 1", 'NUL' => "\0"] as $k => $v) {
    foreach ([
        'postmark access-token' => [MetaMTA\PostmarkAdapter::class, ['access-token' => "SECRET$v"], $email],
        'sendgrid api-key' => [MetaMTA\SendGridAdapter::class, ['api-key' => "SECRET$v"], $email],
        'mailgun api-key' => [MetaMTA\MailgunAdapter::class, ['api-key' => "SECRET$v", 'domain' => 'mg.example.com'], $email],
        'ses secret-key' => [MetaMTA\AmazonSESAdapter::class, ['secret-key' => "SECRET$v"] + $aws, $email],
        'ses access-key' => [MetaMTA\AmazonSESAdapter::class, ['access-key' => "AKSECRET$v"] + $aws, $email],
        'ses session-token' => [MetaMTA\AmazonSESAdapter::class, ['session-token' => "SECRET$v"] + $aws, $email],
        'sns session-token' => [MetaMTA\AmazonSNSAdapter::class, ['session-token' => "SECRET$v"] + $aws, $sms],
        'twilio auth-token' => [MetaMTA\TwilioAdapter::class, ['account-sid' => $sid, 'auth-token' => "SECRET$v", 'from-number' => '+15005550006'], $sms],
        // Goes into JSON, escaped: a harmless stream name, accepted.
        'postmark message-stream' => [MetaMTA\PostmarkAdapter::class, ['access-token' => 't', 'message-stream' => "out$v"], $email],
        // Only ASCII digits of a phone number count (messages.md §6): no byte of "X-Evil" survives.
        'twilio from-number' => [MetaMTA\TwilioAdapter::class, ['account-sid' => $sid, 'auth-token' => 't', 'from-number' => "+15005550006$v"], $sms],
    ] as $name => [$class, $options, $message]) {
        hostile_case("$name $k", fn() => $send($class, $options, $message), $mock);
    }
}
hostile_case('ses access-key with a space', fn() => $send(MetaMTA\AmazonSESAdapter::class, ['access-key' => 'AK X'] + $aws, $email), $mock);
hostile_case('ses access-key with a slash', fn() => $send(MetaMTA\AmazonSESAdapter::class, ['access-key' => 'AK/X'] + $aws, $email), $mock);
hostile_case('ses access-key empty', fn() => $send(MetaMTA\AmazonSESAdapter::class, ['access-key' => ''] + $aws, $email), $mock);
hostile_case('postmark access-token empty', fn() => $send(MetaMTA\PostmarkAdapter::class, ['access-token' => ''], $email), $mock);
hostile_case('postmark message-stream empty', fn() => $send(MetaMTA\PostmarkAdapter::class, ['access-token' => 't', 'message-stream' => ''], $email), $mock);
$log = implode("\n", array_map('json_encode', metamta_mock_requests($mock)));
hostile_case('no CR/LF-carrying secret reached the mock', fn() => var_export(strpos($log, 'SECRET') === false, true));

$prefix = fake_sendmail_setup();
hostile_redact(dirname(fake_sendmail_path()), 'FIXTURES');
foreach (['with CRLF' => fake_sendmail_path() . "\r\n", 'with arguments' => fake_sendmail_path() . ' -X/tmp/log',
    'not executable' => '/dev/null'] as $k => $binary) {
    hostile_case("sendmail binary $k", function () use ($binary, $email, $prefix) {
        $adapter = new MetaMTA\SendmailAdapter();
        $adapter->setOptions(['binary' => $binary] + $adapter->newDefaultOptions());
        $adapter->sendMessage($email);
        return implode(' ', array_slice(fake_sendmail_argv($prefix) ?? [], 1));
    });
}
hostile_case('the fake never ran', fn() => fake_sendmail_argv($prefix) === null ? 'not run' : 'RAN');
hostile_done();
--EXPECT--
postmark access-token CRLF: MetaMTA\InvalidArgumentException: Postmark access token must not contain CR, LF or NUL
sendgrid api-key CRLF: MetaMTA\InvalidArgumentException: SendGrid API key must not contain CR, LF or NUL
mailgun api-key CRLF: MetaMTA\InvalidArgumentException: Mailgun api-key must not contain CR, LF or NUL
ses secret-key CRLF: MetaMTA\InvalidArgumentException: Amazon SES secret-key must not contain CR, LF or NUL
ses access-key CRLF: MetaMTA\InvalidArgumentException: Amazon SES access-key must not contain CR, LF or NUL
ses session-token CRLF: MetaMTA\InvalidArgumentException: Amazon SES session-token must not contain CR, LF or NUL
sns session-token CRLF: MetaMTA\InvalidArgumentException: Amazon SNS session-token must not contain CR, LF or NUL
twilio auth-token CRLF: MetaMTA\InvalidArgumentException: Twilio auth-token must not contain CR, LF or NUL
postmark message-stream CRLF: ok requests 1, ok
twilio from-number CRLF: ok requests 1, ok
postmark access-token NUL: MetaMTA\InvalidArgumentException: Postmark access token must not contain CR, LF or NUL
sendgrid api-key NUL: MetaMTA\InvalidArgumentException: SendGrid API key must not contain CR, LF or NUL
mailgun api-key NUL: MetaMTA\InvalidArgumentException: Mailgun api-key must not contain CR, LF or NUL
ses secret-key NUL: MetaMTA\InvalidArgumentException: Amazon SES secret-key must not contain CR, LF or NUL
ses access-key NUL: MetaMTA\InvalidArgumentException: Amazon SES access-key must not contain CR, LF or NUL
ses session-token NUL: MetaMTA\InvalidArgumentException: Amazon SES session-token must not contain CR, LF or NUL
sns session-token NUL: MetaMTA\InvalidArgumentException: Amazon SNS session-token must not contain CR, LF or NUL
twilio auth-token NUL: MetaMTA\InvalidArgumentException: Twilio auth-token must not contain CR, LF or NUL
postmark message-stream NUL: ok requests 1, ok
twilio from-number NUL: ok requests 1, ok
ses access-key with a space: MetaMTA\InvalidArgumentException: AWS access key contains a character that is not allowed at offset 2.
ses access-key with a slash: MetaMTA\InvalidArgumentException: AWS access key contains a character that is not allowed at offset 2.
ses access-key empty: MetaMTA\InvalidArgumentException: Amazon SES access-key must not be empty
postmark access-token empty: MetaMTA\InvalidArgumentException: Postmark access token must not be empty
postmark message-stream empty: ok requests 1, ok
no CR/LF-carrying secret reached the mock: ok true
sendmail binary with CRLF: MetaMTA\TransportException: sendmail binary 'FIXTURES/fake_sendmail.py\r\n' could not be started: No such file or directory
sendmail binary with arguments: MetaMTA\TransportException: sendmail binary 'FIXTURES/fake_sendmail.py -X/tmp/log' could not be started: No such file or directory
sendmail binary not executable: MetaMTA\TransportException: sendmail binary '/dev/null' could not be started: Permission denied
the fake never ran: ok not run
30 hostile inputs
