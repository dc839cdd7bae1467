--TEST--
Bad input: CR, LF, CRLF, lone CR and NUL in header names and values, subjects, attachment names and MIME types
--EXTENSIONS--
metamta
--FILE--
<?php
// CR, LF, CRLF (a smuggled Bcc), a lone trailing CR and NUL in every header-ish field of the
// message parts: each is refused at the setter with the value quoted, never stored.
require __DIR__ . '/hostile.inc';
use MetaMTA\{MailHeader, MailAttachment, EmailMessage};

$bad = ['CR' => "a\rb", 'LF' => "a\nb", 'CRLF' => "a\r\nBcc: x@evil.example", 'lone-CR' => "ab\r", 'NUL' => "a\0b"];
foreach ($bad as $k => $v) {
    hostile_case("header name $k", fn() => (new MailHeader())->setName("X-$v")->getName());
    hostile_case("header value $k", fn() => (new MailHeader('X-A'))->setValue($v)->getValue());
    hostile_case("header constructor value $k", fn() => (new MailHeader('X-A', $v))->getValue());
    hostile_case("subject $k", fn() => (new EmailMessage())->setSubject($v)->getSubject());
    hostile_case("attachment constructor filename $k", fn() => (new MailAttachment('d', "f$v.txt", 'text/plain'))->getFilename());
    hostile_case("attachment setFilename $k", fn() => (new MailAttachment('d', 'f.txt', 'text/plain'))->setFilename($v)->getFilename());
    hostile_case("attachment MIME type $k", fn() => (new MailAttachment('d', 'f.txt', "text/$v"))->getMimeType());
    hostile_case("attachment setMimeType $k", fn() => (new MailAttachment('d', 'f.txt', 'text/plain'))->setMimeType($v)->getMimeType());
}
hostile_case('header name empty', fn() => (new MailHeader())->setName('')->getName());
hostile_case('header name colon', fn() => (new MailHeader())->setName('X:Y')->getName());
hostile_case('header name space', fn() => (new MailHeader())->setName('X Y')->getName());
hostile_case('header name non-ASCII', fn() => (new MailHeader())->setName("X-\xc3\xa9")->getName());
hostile_case('header name DEL', fn() => (new MailHeader())->setName("X-\x7f")->getName());
hostile_case('header value empty', fn() => var_export((new MailHeader('X-A'))->setValue('')->getValue(), true));
hostile_case('header value TAB', fn() => (new MailHeader('X-A'))->setValue("a\tb")->getValue());
hostile_case('attachment MIME type empty', fn() => (new MailAttachment('d', 'f.txt', ''))->getMimeType());
hostile_case('attachment filename empty', fn() => var_export((new MailAttachment('d', '', 'a/b'))->getFilename(), true));
hostile_case('attachment data NUL bytes', fn() => bin2hex((new MailAttachment("\0\r\n\0", 'f', 'a/b'))->getData()));
hostile_case('subject empty', fn() => var_export((new EmailMessage())->setSubject('')->getSubject(), true));
hostile_done();
--EXPECT--
header name CR: MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-a\rb' given
header value CR: MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'a\rb' given
header constructor value CR: MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'a\rb' given
subject CR: MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'a\rb' given
attachment constructor filename CR: MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'fa\rb.txt' given
attachment setFilename CR: MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'a\rb' given
attachment MIME type CR: MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'text/a\rb' given
attachment setMimeType CR: MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'a\rb' given
header name LF: MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-a\nb' given
header value LF: MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'a\nb' given
header constructor value LF: MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'a\nb' given
subject LF: MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'a\nb' given
attachment constructor filename LF: MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'fa\nb.txt' given
attachment setFilename LF: MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'a\nb' given
attachment MIME type LF: MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'text/a\nb' given
attachment setMimeType LF: MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'a\nb' given
header name CRLF: MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-a\r\nBcc: x@evil.example' given
header value CRLF: MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'a\r\nBcc: x@evil.example' given
header constructor value CRLF: MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'a\r\nBcc: x@evil.example' given
subject CRLF: MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'a\r\nBcc: x@evil.example' given
attachment constructor filename CRLF: MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'fa\r\nBcc: x@evil.example.txt' given
attachment setFilename CRLF: MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'a\r\nBcc: x@evil.example' given
attachment MIME type CRLF: MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'text/a\r\nBcc: x@evil.example' given
attachment setMimeType CRLF: MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'a\r\nBcc: x@evil.example' given
header name lone-CR: MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-ab\r' given
header value lone-CR: MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'ab\r' given
header constructor value lone-CR: MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'ab\r' given
subject lone-CR: MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'ab\r' given
attachment constructor filename lone-CR: MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'fab\r.txt' given
attachment setFilename lone-CR: MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'ab\r' given
attachment MIME type lone-CR: MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'text/ab\r' given
attachment setMimeType lone-CR: MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'ab\r' given
header name NUL: MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-a\0b' given
header value NUL: MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'a\0b' given
header constructor value NUL: MetaMTA\InvalidArgumentException: Header value must not contain CR, LF or NUL, 'a\0b' given
subject NUL: MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'a\0b' given
attachment constructor filename NUL: MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'fa\0b.txt' given
attachment setFilename NUL: MetaMTA\InvalidArgumentException: Attachment filename must not contain CR, LF or NUL, 'a\0b' given
attachment MIME type NUL: MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'text/a\0b' given
attachment setMimeType NUL: MetaMTA\InvalidArgumentException: Attachment MIME type must not contain CR, LF or NUL, 'a\0b' given
header name empty: MetaMTA\InvalidArgumentException: Header name must not be empty
header name colon: MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X:Y' given
header name space: MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X Y' given
header name non-ASCII: MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-\xc3\xa9' given
header name DEL: MetaMTA\InvalidArgumentException: Header name must be printable ASCII without spaces or ':', 'X-\x7F' given
header value empty: ok ''
header value TAB: ok a\x09b
attachment MIME type empty: MetaMTA\InvalidArgumentException: Attachment MIME type must not be empty
attachment filename empty: ok ''
attachment data NUL bytes: ok 000d0a00
subject empty: ok ''
51 hostile inputs
