--TEST--
Bad input through the JSON, form and SES MIME paths to the provider mock: non-UTF-8, NUL, overlong, empty
--EXTENSIONS--
metamta
--FILE--
<?php
// The same hostile message content through the JSON path (Postmark, SendGrid), Mailgun's form and
// the SES raw MIME path, against the provider mock. "requests N" says how many requests reached
// the mock: every local refusal must show none.
require __DIR__ . '/hostile.inc';
require __DIR__ . '/../ses/ses.inc';
use MetaMTA\{MailHeader, MailAttachment, EmailMessage, EmailAddress};

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
$message = fn() => (new EmailMessage())->setFromAddress(new EmailAddress('Sender <sender@example.com>'))
    ->setToAddresses([new EmailAddress('to@example.com')])->setSubject('Hi')->setTextBody('Body');
$cases = [
    'subject not UTF-8' => fn($m) => $m->setSubject("\xff bad"),
    'text body not UTF-8' => fn($m) => $m->setTextBody("\xff bad"),
    'HTML body not UTF-8' => fn($m) => $m->setHTMLBody("<b>\xc3(</b>"),
    'display name not UTF-8' => fn($m) => $m->setFromAddress(new EmailAddress("\xe2\x82 <sender@example.com>")),
    'header value not UTF-8' => fn($m) => $m->setHeaders([new MailHeader('X-A', "\xc0\xaf")]),
    'filename not UTF-8' => fn($m) => $m->setAttachments([new MailAttachment('x', "\xff.txt", 'text/plain')]),
    'overlong NUL (C0 80)' => fn($m) => $m->setTextBody("a\xc0\x80b"),
    'UTF-16 surrogate' => fn($m) => $m->setTextBody("a\xed\xa0\x80b"),
    'NUL in text body' => fn($m) => $m->setTextBody("a\0b"),
    '10 KB subject' => fn($m) => $m->setSubject(str_repeat('word ', 2048)),
    '100 KB header value' => fn($m) => $m->setHeaders([new MailHeader('X-Big', str_repeat('a', 100000))]),
    '1000-char word subject' => fn($m) => $m->setSubject(str_repeat('x', 1000)),
    'empty subject' => fn($m) => $m->setSubject(''),
    'empty text body' => fn($m) => $m->setTextBody(''),
    'no body' => fn($m) => $m->setTextBody(null),
    'empty From' => fn($m) => $m->setFromAddress(new EmailAddress('')),
    'From starting with -' => fn($m) => $m->setFromAddress(new EmailAddress('-f@example.com')),
    'empty header value' => fn($m) => $m->setHeaders([new MailHeader('X-E', '')]),
    'empty attachment' => fn($m) => $m->setAttachments([new MailAttachment('', '', 'text/plain')]),
    '@-leading subject' => fn($m) => $m->setSubject('@/etc/passwd'),
];
foreach ($cases as $case => $edit) {
    foreach ($adapters as $name => $adapter) {
        $before = hostile_requests($mock);
        hostile_case("$name $case", function () use ($adapter, $edit, $message) {
            $adapter->sendMessage($edit($message()));
        }, $mock);
        $sent = hostile_requests($mock) - $before;
        if ($sent) {
            $log = metamta_mock_requests($mock);
            echo "  requests $sent, verdict ", end($log)['verdict'], "\n";
        }
    }
}
hostile_done();
--EXPECT--
postmark subject not UTF-8: MetaMTA\InvalidArgumentException: Subject is not valid UTF-8 (byte 0xFF at offset 0)
sendgrid subject not UTF-8: MetaMTA\InvalidArgumentException: Subject is not valid UTF-8 (byte 0xFF at offset 0)
mailgun subject not UTF-8: MetaMTA\InvalidArgumentException: Mailgun subject must be valid UTF-8, '\xff bad' given
ses subject not UTF-8: MetaMTA\InvalidArgumentException: Subject must be valid UTF-8, '\xff bad' given
postmark text body not UTF-8: MetaMTA\InvalidArgumentException: Text body is not valid UTF-8 (byte 0xFF at offset 0)
sendgrid text body not UTF-8: MetaMTA\InvalidArgumentException: Text body is not valid UTF-8 (byte 0xFF at offset 0)
mailgun text body not UTF-8: MetaMTA\InvalidArgumentException: Mailgun text body must be valid UTF-8, '\xff bad' given
ses text body not UTF-8: ok
  requests 1, verdict ok
postmark HTML body not UTF-8: MetaMTA\InvalidArgumentException: HTML body is not valid UTF-8 (byte 0xC3 at offset 3)
sendgrid HTML body not UTF-8: MetaMTA\InvalidArgumentException: HTML body is not valid UTF-8 (byte 0xC3 at offset 3)
mailgun HTML body not UTF-8: MetaMTA\InvalidArgumentException: Mailgun HTML body must be valid UTF-8, '<b>\xc3(</b>' given
ses HTML body not UTF-8: ok
  requests 1, verdict ok
postmark display name not UTF-8: MetaMTA\InvalidArgumentException: From address is not valid UTF-8 (byte 0xE2 at offset 1)
sendgrid display name not UTF-8: MetaMTA\InvalidArgumentException: From address is not valid UTF-8 (byte 0xE2 at offset 0)
mailgun display name not UTF-8: MetaMTA\InvalidArgumentException: Mailgun From address must be valid UTF-8, '"\xe2\x82" <sender@example.com>' given
ses display name not UTF-8: MetaMTA\InvalidArgumentException: From display name must be valid UTF-8 to be encoded, '\xe2\x82' given
postmark header value not UTF-8: MetaMTA\InvalidArgumentException: Header value is not valid UTF-8 (byte 0xC0 at offset 0)
sendgrid header value not UTF-8: MetaMTA\InvalidArgumentException: Header value is not valid UTF-8 (byte 0xC0 at offset 0)
mailgun header value not UTF-8: MetaMTA\InvalidArgumentException: Mailgun header value must be valid UTF-8, '\xc0\xaf' given
ses header value not UTF-8: MetaMTA\InvalidArgumentException: Header 'X-A' value must be valid UTF-8, '\xc0\xaf' given
postmark filename not UTF-8: MetaMTA\InvalidArgumentException: Attachment filename is not valid UTF-8 (byte 0xFF at offset 0)
sendgrid filename not UTF-8: MetaMTA\InvalidArgumentException: Attachment filename is not valid UTF-8 (byte 0xFF at offset 0)
mailgun filename not UTF-8: MetaMTA\InvalidArgumentException: Mailgun attachment filename must be valid UTF-8, '\xff.txt' given
ses filename not UTF-8: MetaMTA\InvalidArgumentException: Attachment filename must be valid UTF-8, '\xff.txt' given
postmark overlong NUL (C0 80): MetaMTA\InvalidArgumentException: Text body is not valid UTF-8 (byte 0xC0 at offset 1)
sendgrid overlong NUL (C0 80): MetaMTA\InvalidArgumentException: Text body is not valid UTF-8 (byte 0xC0 at offset 1)
mailgun overlong NUL (C0 80): MetaMTA\InvalidArgumentException: Mailgun text body must be valid UTF-8, 'a\xc0\x80b' given
ses overlong NUL (C0 80): ok
  requests 1, verdict ok
postmark UTF-16 surrogate: MetaMTA\InvalidArgumentException: Text body is not valid UTF-8 (byte 0xED at offset 1)
sendgrid UTF-16 surrogate: MetaMTA\InvalidArgumentException: Text body is not valid UTF-8 (byte 0xED at offset 1)
mailgun UTF-16 surrogate: MetaMTA\InvalidArgumentException: Mailgun text body must be valid UTF-8, 'a\xed\xa0\x80b' given
ses UTF-16 surrogate: ok
  requests 1, verdict ok
postmark NUL in text body: ok
  requests 1, verdict ok
sendgrid NUL in text body: ok
  requests 1, verdict ok
mailgun NUL in text body: ok
  requests 1, verdict ok
ses NUL in text body: ok
  requests 1, verdict ok
postmark 10 KB subject: ok
  requests 1, verdict ok
sendgrid 10 KB subject: ok
  requests 1, verdict ok
mailgun 10 KB subject: ok
  requests 1, verdict ok
ses 10 KB subject: ok
  requests 1, verdict ok
postmark 100 KB header value: ok
  requests 1, verdict ok
sendgrid 100 KB header value: ok
  requests 1, verdict ok
mailgun 100 KB header value: ok
  requests 1, verdict ok
ses 100 KB header value: MetaMTA\InvalidArgumentException: Header 'X-Big' holds a word too long to fold into lines of at most 998 characters
postmark 1000-char word subject: ok
  requests 1, verdict ok
sendgrid 1000-char word subject: ok
  requests 1, verdict ok
mailgun 1000-char word subject: ok
  requests 1, verdict ok
ses 1000-char word subject: MetaMTA\InvalidArgumentException: Header 'Subject' holds a word too long to fold into lines of at most 998 characters
postmark empty subject: ok
  requests 1, verdict ok
sendgrid empty subject: MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined. (field: subject)
  requests 1, verdict sendgrid 400: The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.
mailgun empty subject: ok
  requests 1, verdict ok
ses empty subject: ok
  requests 1, verdict ok
postmark empty text body: MetaMTA\ProviderException: Postmark request failed with HTTP status 422: (300) Provide either email TextBody or HtmlBody or both.
  requests 1, verdict postmark 300: Provide either email TextBody or HtmlBody or both.
sendgrid empty text body: MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: The content value must be a string at least one character in length. (field: content.0.value)
  requests 1, verdict sendgrid 400: The content value must be a string at least one character in length.
mailgun empty text body: MetaMTA\ProviderException: Mailgun request failed with HTTP status 400: Need at least one of 'text', 'html' or 'template' parameters specified
  requests 1, verdict mailgun 400: Need at least one of 'text', 'html' or 'template' parameters specified
ses empty text body: ok
  requests 1, verdict ok
postmark no body: MetaMTA\ProviderException: Postmark request failed with HTTP status 422: (300) Provide either email TextBody or HtmlBody or both.
  requests 1, verdict postmark 300: Provide either email TextBody or HtmlBody or both.
sendgrid no body: MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required. (field: content)
  requests 1, verdict sendgrid 400: Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required.
mailgun no body: MetaMTA\ProviderException: Mailgun request failed with HTTP status 400: Need at least one of 'text', 'html' or 'template' parameters specified
  requests 1, verdict mailgun 400: Need at least one of 'text', 'html' or 'template' parameters specified
ses no body: ok
  requests 1, verdict ok
postmark empty From: MetaMTA\ProviderException: Postmark request failed with HTTP status 422: (300) Invalid 'From' address: ''.
  requests 1, verdict postmark 300: Invalid 'From' address: ''.
sendgrid empty From: MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: The from email does not contain a valid address. (field: from.email)
  requests 1, verdict sendgrid 400: The from email does not contain a valid address.
mailgun empty From: MetaMTA\ProviderException: Mailgun request failed with HTTP status 400: 'from' parameter is missing
  requests 1, verdict mailgun 400: 'from' parameter is missing
ses empty From: MetaMTA\InvalidArgumentException: From address has an empty local part, '' given
postmark From starting with -: ok
  requests 1, verdict ok
sendgrid From starting with -: ok
  requests 1, verdict ok
mailgun From starting with -: ok
  requests 1, verdict ok
ses From starting with -: MetaMTA\InvalidArgumentException: From address must not start with '-', '-f@example.com' given
postmark empty header value: ok
  requests 1, verdict ok
sendgrid empty header value: ok
  requests 1, verdict ok
mailgun empty header value: ok
  requests 1, verdict ok
ses empty header value: ok
  requests 1, verdict ok
postmark empty attachment: MetaMTA\ProviderException: Postmark request failed with HTTP status 422: (300) Attachment name is required.
  requests 1, verdict postmark 300: Attachment name is required.
sendgrid empty attachment: MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: The attachment content is required. (field: attachments.0.content)
  requests 1, verdict sendgrid 400: The attachment content is required.; The attachment filename parameter is required.
mailgun empty attachment: MetaMTA\InvalidArgumentException: Mailgun attachment 0 has an empty filename (Mailgun needs one to see a file)
ses empty attachment: ok
  requests 1, verdict ok
postmark @-leading subject: ok
  requests 1, verdict ok
sendgrid @-leading subject: ok
  requests 1, verdict ok
mailgun @-leading subject: ok
  requests 1, verdict ok
ses @-leading subject: ok
  requests 1, verdict ok
80 hostile inputs
