--TEST--
EmailMessage::toRawMessage(true): the bytes SMTPAdapter puts between DATA and the terminator (recorder), up to Date, Message-ID and boundaries
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/raw_message.inc';
$server = metamta_smtp_recorder_start();
$adapter = new MetaMTA\SMTPAdapter();
$adapter->setOptions(['host' => "127.0.0.1:{$server['port']}", 'timeout' => (int) (10 * metamta_time_scale())]
    + $adapter->newDefaultOptions());
$m = (new MetaMTA\EmailMessage())
    ->setFromAddress(raw_address('alice@example.com', 'Alice'))
    ->setToAddresses([raw_address('bob@example.com', 'Bøb')])
    ->setCCAddresses([raw_address('carol@example.org')])
    ->setSubject('Grüße')
    ->setHeaders([new MetaMTA\MailHeader('X-Mailer-Test', 'yes')])
    ->setTextBody("line\n.dot line\n")
    ->setHTMLBody('<p>x</p>')
    ->setAttachments([new MetaMTA\MailAttachment(random_bytes(3000), 'a.bin', 'application/octet-stream')]);
$adapter->sendMessage($m);
[$sent] = metamta_smtp_messages($server);
// The recorder keeps the dot-stuffing and the CRLF before the terminator; undo both.
$data = str_replace("\r\n..", "\r\n.", $sent['data']);
$raw = $m->toRawMessage(true);
var_dump(raw_normalize($data) === raw_normalize($raw));
var_dump(str_starts_with($raw, 'Date: '), str_ends_with($raw, "\r\n"));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
