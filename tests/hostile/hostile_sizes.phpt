--TEST--
Bad input: 10,000 recipients and a 50 MB attachment refused before upload by every limited adapter, kept whole by TestAdapter and sendmail
--EXTENSIONS--
metamta
--INI--
memory_limit=1G
--FILE--
<?php
// 10,000 recipients and a 50 MB attachment: every provider with a limit refuses before upload
// (the mock counts no request), TestAdapter records the message whole, and sendmail (no limit)
// takes all of it. One 50 MB send per adapter.
require __DIR__ . '/hostile.inc';
require __DIR__ . '/../ses/ses.inc';
require __DIR__ . '/../sendmail/sendmail.inc';
use MetaMTA\{EmailMessage, EmailAddress, MailAttachment};

$mock = metamta_mock_start();
ini_set('metamta.cainfo', $mock['cafile']);
$make = function (string $class, array $options) use ($mock) {
    $adapter = new $class();
    $adapter->setOptions($options + ['base-uri' => $mock['base_uri']] + $adapter->newDefaultOptions());
    return $adapter;
};
$adapters = [
    'postmark' => $make(MetaMTA\PostmarkAdapter::class, ['access-token' => 'pm-tok']),
    'sendgrid' => $make(MetaMTA\SendGridAdapter::class, ['api-key' => 'SG.key']),
    'mailgun' => $make(MetaMTA\MailgunAdapter::class, ['api-key' => 'mg-key', 'domain' => 'mg.example.com']),
    'ses' => ses_adapter($mock),
];
$many = [];
for ($i = 0; $i < 10000; $i++) {
    $many[] = new EmailAddress("r$i@example.com");
}
$message = fn() => (new EmailMessage())->setFromAddress(new EmailAddress('Sender <sender@example.com>'))
    ->setToAddresses([new EmailAddress('to@example.com')])->setSubject('Hi')->setTextBody('Body');
$big = new MailAttachment(str_repeat("\x89PNG", 50 * 1024 * 1024 / 4), 'big.png', 'image/png');
foreach ($adapters as $name => $adapter) {
    hostile_case("$name 10,000 To", fn() => $adapter->sendMessage($message()->setToAddresses($many)));
    hostile_case("$name 10,000 Cc", fn() => $adapter->sendMessage($message()->setCCAddresses($many)));
    hostile_case("$name 50 MB attachment", fn() => $adapter->sendMessage($message()->setAttachments([$big])));
}
hostile_case('nothing reached the mock', fn() => 'requests ' . hostile_requests($mock));

$test = new MetaMTA\TestAdapter();
hostile_case('test adapter 10,000 To', function () use ($test, $message, $many) {
    $test->sendMessage($message()->setToAddresses($many));
    $guts = $test->getGuts();
    return count($guts['tos']) . ' recorded, last ' . end($guts['tos']);
});
hostile_case('test adapter 50 MB attachment', function () use ($test, $message, $big) {
    $test->sendMessage($message()->setAttachments([$big]));
    $data = $test->getGuts()['attachments'][0]['data'];
    return strlen($data) . ' bytes recorded, same ' . var_export($data === $big->getData(), true);
});

$prefix = fake_sendmail_setup();
$sendmail = new MetaMTA\SendmailAdapter();
$sendmail->setOptions(['binary' => fake_sendmail_path()] + $sendmail->newDefaultOptions());
hostile_case('sendmail 50 MB attachment', function () use ($sendmail, $message, $big, $prefix) {
    $sendmail->sendMessage($message()->setAttachments([$big]));
    $stdin = fake_sendmail_stdin($prefix);
    $chunk = base64_encode(substr($big->getData(), 0, 57));
    return (strlen($stdin) > 66 * 1024 * 1024 ? 'over 66 MB' : 'SHORT') . ' handed over, starts with the base64 '
        . var_export(strpos($stdin, "\n$chunk\n") !== false, true);
});
unset($big);
hostile_done();
--EXPECT--
postmark 10,000 To: MetaMTA\InvalidArgumentException: Postmark message has 10000 recipients (To and Cc), at most 50 are allowed
postmark 10,000 Cc: MetaMTA\InvalidArgumentException: Postmark message has 10001 recipients (To and Cc), at most 50 are allowed
postmark 50 MB attachment: MetaMTA\InvalidArgumentException: Postmark message is too large: at least 69905072 bytes as JSON, at most 10485760 (10 MB) are allowed
sendgrid 10,000 To: MetaMTA\InvalidArgumentException: SendGrid message has 10000 recipients (To and Cc), at most 1000 are allowed
sendgrid 10,000 Cc: MetaMTA\InvalidArgumentException: SendGrid message has 10001 recipients (To and Cc), at most 1000 are allowed
sendgrid 50 MB attachment: MetaMTA\InvalidArgumentException: SendGrid message is too large: at least 69905072 bytes as JSON, at most 31457280 (30 MB) are allowed
mailgun 10,000 To: MetaMTA\InvalidArgumentException: Mailgun message has 10000 recipients (To and Cc), at most 1000 are allowed
mailgun 10,000 Cc: MetaMTA\InvalidArgumentException: Mailgun message has 10001 recipients (To and Cc), at most 1000 are allowed
mailgun 50 MB attachment: MetaMTA\InvalidArgumentException: Mailgun message is too large: 52428806 bytes of subject, bodies, headers and attachments, at most 26214400 (25 MB) are allowed
ses 10,000 To: MetaMTA\InvalidArgumentException: Amazon SES message has 10000 recipients (To and Cc), at most 50 are allowed
ses 10,000 Cc: MetaMTA\InvalidArgumentException: Amazon SES message has 10001 recipients (To and Cc), at most 50 are allowed
ses 50 MB attachment: MetaMTA\InvalidArgumentException: Amazon SES raw message is too large: at least 52428804 bytes before base64, at most 10485760 (10 MB) are allowed
nothing reached the mock: ok requests 0
test adapter 10,000 To: ok 10000 recorded, last r9999@example.com
test adapter 50 MB attachment: ok 52428800 bytes recorded, same true
sendmail 50 MB attachment: ok over 66 MB handed over, starts with the base64 true
16 hostile inputs
