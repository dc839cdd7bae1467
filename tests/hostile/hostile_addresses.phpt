--TEST--
Bad input: CR, LF, CRLF, lone CR and NUL in every address field; empty, dash-leading and non-UTF-8 addresses
--EXTENSIONS--
metamta
--FILE--
<?php
// The address fields: display name, local part, domain, the parsed forms and setAddress(), with
// CR, LF, CRLF, lone CR and NUL; then empty, odd and non-UTF-8 addresses.
require __DIR__ . '/hostile.inc';
use MetaMTA\EmailAddress;

$bad = ['CR' => "a\rb", 'LF' => "a\nb", 'CRLF' => "a\r\nBcc: x@evil.example", 'lone-CR' => "ab\r", 'NUL' => "a\0b"];
foreach ($bad as $k => $v) {
    hostile_case("display name $k", fn() => (string) (new EmailAddress('x@y.com'))->setDisplayName($v));
    hostile_case("local part $k", fn() => (string) (new EmailAddress('x@y.com'))->setLocalPart($v));
    hostile_case("domain $k", fn() => (string) (new EmailAddress('x@y.com'))->setDomainName($v));
    hostile_case("parsed display name $k", fn() => (string) new EmailAddress("N$v <x@y.com>"));
    hostile_case("parsed address $k", fn() => (string) new EmailAddress("<x$v@y.com>"));
    hostile_case("setAddress $k", fn() => (string) (new EmailAddress('x@y.com'))->setAddress("a$v@b.com"));
}
hostile_case('empty address', fn() => var_export([(new EmailAddress(''))->getAddress(), (string) new EmailAddress('')], true));
hostile_case('null address', fn() => var_export((new EmailAddress(null))->getAddress(), true));
hostile_case('empty angle address', fn() => var_export([(new EmailAddress('<>'))->getAddress(), (new EmailAddress('<>'))->getDisplayName()], true));
hostile_case('setAddress empty', fn() => var_export((string) (new EmailAddress('x@y.com'))->setAddress(''), true));
hostile_case('address starting with dash', fn() => (new EmailAddress('-oQ/tmp/x@example.com'))->getAddress());
hostile_case('display name not UTF-8', fn() => (new EmailAddress("\xff\xfe <a@b.c>"))->toHeaderValue());
hostile_case('display name truncated UTF-8', fn() => (new EmailAddress("Zo\xc3 <a@b.c>"))->toHeaderValue());
hostile_case('display name with quote and angle', fn() => (new EmailAddress("\"a\\\" <b@c>\" <a@b.c>"))->toHeaderValue());
hostile_case('display name 10 KB', fn() => strlen((new EmailAddress(str_repeat('n ', 5000) . '<a@b.c>'))->toHeaderValue()));
hostile_case('many at signs', fn() => var_export([(new EmailAddress('a@b@c@d'))->getLocalPart(), (new EmailAddress('a@b@c@d'))->getDomainName()], true));
hostile_done();
--EXPECT--
display name CR: MetaMTA\InvalidArgumentException: Display name must not contain CR, LF or NUL, 'a\rb' given
local part CR: MetaMTA\InvalidArgumentException: Local part must not contain CR, LF or NUL, 'a\rb' given
domain CR: MetaMTA\InvalidArgumentException: Domain name must not contain CR, LF or NUL, 'a\rb' given
parsed display name CR: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, 'Na\rb <x@y.com>' given
parsed address CR: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, '<xa\rb@y.com>' given
setAddress CR: MetaMTA\InvalidArgumentException: Address must not contain CR, LF or NUL, 'aa\rb@b.com' given
display name LF: MetaMTA\InvalidArgumentException: Display name must not contain CR, LF or NUL, 'a\nb' given
local part LF: MetaMTA\InvalidArgumentException: Local part must not contain CR, LF or NUL, 'a\nb' given
domain LF: MetaMTA\InvalidArgumentException: Domain name must not contain CR, LF or NUL, 'a\nb' given
parsed display name LF: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, 'Na\nb <x@y.com>' given
parsed address LF: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, '<xa\nb@y.com>' given
setAddress LF: MetaMTA\InvalidArgumentException: Address must not contain CR, LF or NUL, 'aa\nb@b.com' given
display name CRLF: MetaMTA\InvalidArgumentException: Display name must not contain CR, LF or NUL, 'a\r\nBcc: x@evil.example' given
local part CRLF: MetaMTA\InvalidArgumentException: Local part must not contain CR, LF or NUL, 'a\r\nBcc: x@evil.example' given
domain CRLF: MetaMTA\InvalidArgumentException: Domain name must not contain CR, LF or NUL, 'a\r\nBcc: x@evil.example' given
parsed display name CRLF: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, 'Na\r\nBcc: x@evil.example <x@y.com>' given
parsed address CRLF: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, '<xa\r\nBcc: x@evil.example@y.com>' given
setAddress CRLF: MetaMTA\InvalidArgumentException: Address must not contain CR, LF or NUL, 'aa\r\nBcc: x@evil.example@b.com' given
display name lone-CR: MetaMTA\InvalidArgumentException: Display name must not contain CR, LF or NUL, 'ab\r' given
local part lone-CR: MetaMTA\InvalidArgumentException: Local part must not contain CR, LF or NUL, 'ab\r' given
domain lone-CR: MetaMTA\InvalidArgumentException: Domain name must not contain CR, LF or NUL, 'ab\r' given
parsed display name lone-CR: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, 'Nab\r <x@y.com>' given
parsed address lone-CR: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, '<xab\r@y.com>' given
setAddress lone-CR: MetaMTA\InvalidArgumentException: Address must not contain CR, LF or NUL, 'aab\r@b.com' given
display name NUL: MetaMTA\InvalidArgumentException: Display name must not contain CR, LF or NUL, 'a\0b' given
local part NUL: MetaMTA\InvalidArgumentException: Local part must not contain CR, LF or NUL, 'a\0b' given
domain NUL: MetaMTA\InvalidArgumentException: Domain name must not contain CR, LF or NUL, 'a\0b' given
parsed display name NUL: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, 'Na\0b <x@y.com>' given
parsed address NUL: MetaMTA\InvalidArgumentException: Email address must not contain CR, LF or NUL, '<xa\0b@y.com>' given
setAddress NUL: MetaMTA\InvalidArgumentException: Address must not contain CR, LF or NUL, 'aa\0b@b.com' given
empty address: ok array (\x0a  0 => '',\x0a  1 => '',\x0a)
null address: ok ''
empty angle address: ok array (\x0a  0 => '',\x0a  1 => '',\x0a)
setAddress empty: ok '@y.com'
address starting with dash: ok -oQ/tmp/x@example.com
display name not UTF-8: MetaMTA\InvalidArgumentException: Display name must be valid UTF-8 to be encoded, '\xff\xfe' given
display name truncated UTF-8: MetaMTA\InvalidArgumentException: Display name must be valid UTF-8 to be encoded, 'Zo\xc3' given
display name with quote and angle: ok "a\\\" <b@c>" <a@b.c>
display name 10 KB: ok 10009
many at signs: ok array (\x0a  0 => 'a@b@c',\x0a  1 => 'd',\x0a)
40 hostile inputs
