--TEST--
EmailMessage::toRawMessage(): content the MIME writer refuses throws InvalidArgumentException naming the field and quoting the value
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/raw_message.inc';
$base = static fn() => (new MetaMTA\EmailMessage())
    ->setFromAddress(raw_address('alice@example.com'))
    ->setToAddresses([raw_address('bob@example.com')])
    ->setTextBody('x');
// Messages print the offending bytes; show them escaped here.
$show = static function (callable $fn): void {
    ob_start();
    throws($fn);
    echo addcslashes(ob_get_clean(), "\x80..\xff");
};
$show(fn() => (new MetaMTA\EmailMessage())->setTextBody('x')->toRawMessage());
$show(fn() => $base()->setSubject("Caf\xE9 au lait")->toRawMessage());
$show(fn() => $base()->setHeaders([new MetaMTA\MailHeader('X-Note', "v\xff")])->toRawMessage(true));
$show(fn() => $base()->setHeaders([new MetaMTA\MailHeader('Content-Type', 'text/html')])->toRawMessage());
$show(fn() => $base()->setHeaders([new MetaMTA\MailHeader('Bcc', 'eve@example.com')])->toRawMessage());
$show(fn() => $base()->setHeaders([new MetaMTA\MailHeader('Message-ID', "<\xC3\xA9@example.com>")])->toRawMessage());
$show(fn() => $base()->setCCAddresses([raw_address('carol@example.org', "Car\xC3ol")])->toRawMessage());
$show(fn() => $base()->setToAddresses([raw_address('-oQ/tmp/x@example.com')])->toRawMessage());
$show(fn() => $base()->setAttachments([new MetaMTA\MailAttachment('d', "r\xE9sum\xE9.pdf", 'application/pdf')])->toRawMessage());
$show(fn() => $base()->setAttachments([new MetaMTA\MailAttachment('d', 'a.txt', 'text')])->toRawMessage());
$show(fn() => $base()->toRawMessage([]));
// A refusal leaves the message as it was.
$m = $base()->setSubject("\xFF");
$show(fn() => $m->toRawMessage());
echo strlen($m->setSubject('ok')->toRawMessage()) > 0 ? "usable\n" : "broken\n";
?>
--EXPECT--
MetaMTA\InvalidArgumentException: The message has no recipients (no To or Cc address)
MetaMTA\InvalidArgumentException: Subject must be valid UTF-8, 'Caf\351 au lait' given
MetaMTA\InvalidArgumentException: Header 'X-Note' value must be valid UTF-8, 'v\377' given
MetaMTA\InvalidArgumentException: Header 'Content-Type' is written from the message's own fields and cannot be added as a custom header
MetaMTA\InvalidArgumentException: Header 'Bcc' is written from the message's own fields and cannot be added as a custom header
MetaMTA\InvalidArgumentException: Header 'Message-ID' value must be printable ASCII, '<\303\251@example.com>' given
MetaMTA\InvalidArgumentException: Cc display name must be valid UTF-8 to be encoded, 'Car\303ol' given
MetaMTA\InvalidArgumentException: To address must not start with '-', '-oQ/tmp/x@example.com' given
MetaMTA\InvalidArgumentException: Attachment filename must be valid UTF-8, 'r\351sum\351.pdf' given
MetaMTA\InvalidArgumentException: Attachment MIME type must look like type/subtype, 'text' given
TypeError: MetaMTA\EmailMessage::toRawMessage(): Argument #1 ($withMessageID) must be of type bool, array given
MetaMTA\InvalidArgumentException: Subject must be valid UTF-8, '\377' given
usable
