--TEST--
Bad input: ints, floats, arrays, objects, Stringables and resources for string and object parameters (coercive mode)
--EXTENSIONS--
metamta
--FILE--
<?php
// Type juggling: ints, floats, bools, arrays, objects, Stringables and resources where strings
// or objects are expected. Coercible scalars become strings (and are then checked like any
// string); the rest is the engine's TypeError or a MetaMTA exception, never a crash or warning.
require __DIR__ . '/hostile.inc';
use MetaMTA\{EmailAddress, EmailMessage, MailHeader, MailAttachment, PhoneNumber, IPAddress, CIDRBlock, CIDRList, SMSMessage, TestAdapter, MailerList, PostmarkAdapter};
$evil = new class { function __toString(): string { return "Evil <e@x.com>\r\nBcc: y@x.com"; } };
$ok = new class { function __toString(): string { return "Ok <ok@x.com>"; } };
hostile_case('address int', fn() => (new EmailAddress(123))->getAddress());
hostile_case('address float', fn() => (new EmailAddress(1.5e300))->getAddress());
hostile_case('address array', fn() => (new EmailAddress([]))->getAddress());
hostile_case('address object', fn() => (new EmailAddress(new stdClass))->getAddress());
hostile_case('address stringable', fn() => (string) new EmailAddress($ok));
hostile_case('address stringable CRLF', fn() => (string) new EmailAddress($evil));
hostile_case('address bool', fn() => (new EmailAddress(true))->getAddress());
hostile_case('subject int', fn() => (new EmailMessage())->setSubject(42)->getSubject());
hostile_case('subject array', fn() => (new EmailMessage())->setSubject(['x']));
hostile_case('subject stringable CRLF', fn() => (new EmailMessage())->setSubject($evil));
hostile_case('body float', fn() => (new EmailMessage())->setTextBody(0.1)->getTextBody());
hostile_case('body resource', fn() => (new EmailMessage())->setTextBody(STDIN));
hostile_case('to strings', fn() => (new EmailMessage())->setToAddresses(['a@b.c']));
hostile_case('to null element', fn() => (new EmailMessage())->setToAddresses([null]));
hostile_case('to nested array', fn() => (new EmailMessage())->setToAddresses([[new EmailAddress('a@b.c')]]));
hostile_case('cc stringable', fn() => (new EmailMessage())->setCCAddresses(['k' => $ok]));
hostile_case('headers stdClass', fn() => (new EmailMessage())->setHeaders([new stdClass]));
hostile_case('headers name=>value map', fn() => (new EmailMessage())->setHeaders(['X-A' => 'b']));
hostile_case('attachments string', fn() => (new EmailMessage())->setAttachments(['/etc/passwd']));
hostile_case('from wrong class', fn() => (new EmailMessage())->setFromAddress(new MailHeader('a', 'b')));
hostile_case('header ctor int', fn() => (new MailHeader(5, 6))->getName());
hostile_case('header value array', fn() => (new MailHeader('X'))->setValue([]));
hostile_case('attachment data int', fn() => (new MailAttachment(0, 'f', 'a/b'))->getData());
hostile_case('attachment data object', fn() => new MailAttachment(new stdClass, 'f', 'a/b'));
hostile_case('phone int', fn() => (new PhoneNumber(4155550100))->toE164());
hostile_case('phone float', fn() => (new PhoneNumber(4.15555e9))->toE164());
hostile_case('phone negative int', fn() => (new PhoneNumber(-4155550100))->toE164());
hostile_case('ip int', fn() => IPAddress::newAddress(2130706433));
hostile_case('ip float', fn() => IPAddress::newAddress(1.5));
hostile_case('ip array', fn() => IPAddress::newAddress(['1.2.3.4']));
hostile_case('ip cidrblock', fn() => IPAddress::newAddress(CIDRBlock::newBlock('1.2.3.4/8')));
hostile_case('cidr ipaddress', fn() => CIDRBlock::newBlock(IPAddress::newAddress('1.2.3.4')));
hostile_case('cidr contains int', fn() => var_export(CIDRBlock::newBlock('0.0.0.0/0')->containsAddress(16909060), true));
hostile_case('cidrlist contains object', fn() => CIDRList::newList([])->containsAddress(new stdClass));
hostile_case('sms to string', fn() => (new SMSMessage())->setToNumber('+14155550100'));
hostile_case('sms body array', fn() => (new SMSMessage())->setTextBody([]));
hostile_case('test send null', fn() => (new TestAdapter())->sendMessage(null));
hostile_case('setOptions string', fn() => (new PostmarkAdapter())->setOptions('x'));
hostile_case('setPriority string', fn() => (new PostmarkAdapter())->setPriority('high'));
hostile_case('setKey array', fn() => (new PostmarkAdapter())->setKey([]));
hostile_case('setMedia assoc', fn() => (new TestAdapter())->setMedia(['x' => 'email', 5 => 'sms'])->getMedia());
hostile_case('getMailer int', fn() => MailerList::fromConfig([])->getMailer(5));
hostile_case('fromConfig object', fn() => MailerList::fromConfig(new ArrayObject([])));
hostile_done();
--EXPECT--
address int: ok 123
address float: ok 1.5E+300
address array: TypeError: MetaMTA\EmailAddress::__construct(): Argument #1 ($address) must be of type ?string, array given
address object: TypeError: MetaMTA\EmailAddress::__construct(): Argument #1 ($address) must be of type ?string, stdClass given
address stringable: ok "Ok" <ok@x.com>
address stringable CRLF: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, 'Evil <e@x.com>\r\nBcc: y@x.com' given
address bool: ok 1
subject int: ok 42
subject array: TypeError: MetaMTA\EmailMessage::setSubject(): Argument #1 ($subject) must be of type ?string, array given
subject stringable CRLF: MetaMTA\InvalidArgumentException: Subject must not contain CR, LF or NUL, 'Evil <e@x.com>\r\nBcc: y@x.com' given
body float: ok 0.1
body resource: TypeError: MetaMTA\EmailMessage::setTextBody(): Argument #1 ($body) must be of type ?string, resource given
to strings: MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\EmailAddress, string given.
to null element: MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\EmailAddress, null given.
to nested array: MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\EmailAddress, array given.
cc stringable: MetaMTA\InvalidArgumentException: Array item with key 'k' must be an instance of MetaMTA\EmailAddress, class@anonymous given.
headers stdClass: MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\MailHeader, stdClass given.
headers name=>value map: MetaMTA\InvalidArgumentException: Array item with key 'X-A' must be an instance of MetaMTA\MailHeader, string given.
attachments string: MetaMTA\InvalidArgumentException: Array item with key '0' must be an instance of MetaMTA\MailAttachment, string given.
from wrong class: TypeError: MetaMTA\EmailMessage::setFromAddress(): Argument #1 ($address) must be of type MetaMTA\EmailAddress, MetaMTA\MailHeader given
header ctor int: ok 5
header value array: TypeError: MetaMTA\MailHeader::setValue(): Argument #1 ($value) must be of type string, array given
attachment data int: ok 0
attachment data object: TypeError: MetaMTA\MailAttachment::__construct(): Argument #1 ($data) must be of type string, stdClass given
phone int: ok +14155550100
phone float: ok +14155550000
phone negative int: ok +14155550100
ip int: MetaMTA\InvalidArgumentException: IP address '2130706433' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
ip float: MetaMTA\InvalidArgumentException: IP address '1.5' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
ip array: TypeError: MetaMTA\IPAddress::newAddress(): Argument #1 ($address) must be of type MetaMTA\IPAddress|string, array given
ip cidrblock: MetaMTA\InvalidArgumentException: IP address '1.2.3.4/8' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
cidr ipaddress: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4' is not formatted correctly: expected an address, '/' and a mask, like '192.168.0.0/16' or 'fe80::/10'.
cidr contains int: MetaMTA\InvalidArgumentException: IP address '16909060' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
cidrlist contains object: TypeError: MetaMTA\CIDRList::containsAddress(): Argument #1 ($address) must be of type MetaMTA\IPAddress|string, stdClass given
sms to string: TypeError: MetaMTA\SMSMessage::setToNumber(): Argument #1 ($number) must be of type MetaMTA\PhoneNumber, string given
sms body array: TypeError: MetaMTA\SMSMessage::setTextBody(): Argument #1 ($body) must be of type ?string, array given
test send null: TypeError: MetaMTA\TestAdapter::sendMessage(): Argument #1 ($message) must be of type MetaMTA\ExternalMessage, null given
setOptions string: TypeError: MetaMTA\MailAdapter::setOptions(): Argument #1 ($options) must be of type array, string given
setPriority string: TypeError: MetaMTA\MailAdapter::setPriority(): Argument #1 ($priority) must be of type ?int, string given
setKey array: TypeError: MetaMTA\MailAdapter::setKey(): Argument #1 ($key) must be of type string, array given
setMedia assoc: ok array (\x0a  'x' => 'email',\x0a  5 => 'sms',\x0a)
getMailer int: MetaMTA\InvalidArgumentException: No mailer is configured with key '5'.
fromConfig object: TypeError: MetaMTA\MailerList::fromConfig(): Argument #1 ($mailers) must be of type ?array, ArrayObject given
43 hostile inputs
