--TEST--
Bad input in adapter options: CR/LF/NUL in domains, host names, SIDs, base URIs, regions, endpoints; odd types and values
--EXTENSIONS--
metamta
--FILE--
<?php
// CR/LF/NUL and other hostile values in every option that reaches a URL, a header or argv,
// refused by setOptions() with the value quoted. Secrets are checked at send time
// (hostile_options_send.phpt) and never quoted.
require __DIR__ . '/hostile.inc';
use MetaMTA\{MailgunAdapter, TwilioAdapter, PostmarkAdapter, AmazonSESAdapter, AmazonSNSAdapter, SendmailAdapter, TestAdapter, MailAdapter};

$set = function (string $class, array $options): string {
    $adapter = new $class();
    $adapter->setOptions($options + $adapter->newDefaultOptions());
    return 'accepted';
};
$sid = 'AC0123456789abcdef0123456789abcdef';
$aws = ['access-key' => 'AK', 'secret-key' => 'S', 'region' => 'us-east-1', 'endpoint' => 'email.us-east-1.amazonaws.com'];
foreach (['CRLF' => "\r\nX-Evil: 1", 'LF' => "\n", 'CR' => "\r", 'NUL' => "\0"] as $k => $v) {
    hostile_case("mailgun domain $k", fn() => $set(MailgunAdapter::class, ['api-key' => 'k', 'domain' => "mg.example.com$v"]));
    hostile_case("mailgun api-hostname $k", fn() => $set(MailgunAdapter::class, ['api-key' => 'k', 'domain' => 'mg.example.com', 'api-hostname' => "api.mailgun.net$v"]));
    hostile_case("twilio account-sid $k", fn() => $set(TwilioAdapter::class, ['account-sid' => "$sid$v", 'auth-token' => 't', 'from-number' => '+15005550006']));
    hostile_case("postmark base-uri $k", fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'base-uri' => "https://h.example$v/"]));
    hostile_case("ses region $k", fn() => $set(AmazonSESAdapter::class, ['region' => "us-east-1$v"] + $aws));
    hostile_case("ses endpoint $k", fn() => $set(AmazonSESAdapter::class, ['endpoint' => "email.us-east-1.amazonaws.com$v"] + $aws));
    hostile_case("sns endpoint $k", fn() => $set(AmazonSNSAdapter::class, ['endpoint' => "sns.us-east-1.amazonaws.com$v"] + $aws));
}
hostile_case('sendmail binary NUL', fn() => $set(SendmailAdapter::class, ['binary' => "/usr/sbin/sendmail\0"]));
hostile_case('mailgun domain with a path', fn() => $set(MailgunAdapter::class, ['api-key' => 'k', 'domain' => '../../v3/other']));
hostile_case('mailgun domain empty', fn() => $set(MailgunAdapter::class, ['api-key' => 'k', 'domain' => '']));
hostile_case('mailgun api-hostname with a path', fn() => $set(MailgunAdapter::class, ['api-key' => 'k', 'domain' => 'd.com', 'api-hostname' => 'evil.example/x?y=']));
hostile_case('mailgun api-hostname with user-info', fn() => $set(MailgunAdapter::class, ['api-key' => 'k', 'domain' => 'd.com', 'api-hostname' => 'user@evil.example']));
hostile_case('twilio account-sid with a path', fn() => $set(TwilioAdapter::class, ['account-sid' => '../../x', 'auth-token' => 't', 'from-number' => '+15005550006']));
hostile_case('twilio account-sid empty', fn() => $set(TwilioAdapter::class, ['account-sid' => '', 'auth-token' => 't', 'from-number' => '+15005550006']));
hostile_case('twilio from-number letters', fn() => $set(TwilioAdapter::class, ['account-sid' => $sid, 'auth-token' => 't', 'from-number' => 'CALLME']));
hostile_case('base-uri ftp', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'base-uri' => 'ftp://h.example/']));
hostile_case('base-uri file', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'base-uri' => 'file:///etc/passwd']));
hostile_case('base-uri plain http to a remote host', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'base-uri' => 'http://h.example/']));
hostile_case('base-uri with a password', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'base-uri' => 'https://user:SECRET-PW@h.example/']));
hostile_case('base-uri empty', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'base-uri' => '']));
hostile_case('base-uri with a query', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'base-uri' => 'https://h.example/?a=b#f']));
hostile_case('base-uri with a space', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'base-uri' => 'https://h .example/']));
hostile_case('base-uri malformed IPv6', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'base-uri' => 'https://[::1/']));
hostile_case('base-uri port 99999', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'base-uri' => 'https://h.example:99999/']));
hostile_case('ses region with a path', fn() => $set(AmazonSESAdapter::class, ['region' => 'us-east-1/../x'] + $aws));
hostile_case('ses region empty', fn() => $set(AmazonSESAdapter::class, ['region' => ''] + $aws));
hostile_case('ses region 65 chars', fn() => $set(AmazonSESAdapter::class, ['region' => str_repeat('a', 65)] + $aws));
hostile_case('ses endpoint as a URL', fn() => $set(AmazonSESAdapter::class, ['endpoint' => 'https://e.example/'] + $aws));
hostile_case('ses endpoint with a port', fn() => $set(AmazonSESAdapter::class, ['endpoint' => 'e.example:443'] + $aws));
hostile_case('sendmail binary relative', fn() => $set(SendmailAdapter::class, ['binary' => 'sendmail']));
hostile_case('sendmail binary starting with -', fn() => $set(SendmailAdapter::class, ['binary' => '-X/tmp/log']));
hostile_case('sendmail binary empty', fn() => $set(SendmailAdapter::class, ['binary' => '']));
hostile_case('sendmail timeout 0', fn() => $set(SendmailAdapter::class, ['timeout' => 0]));
hostile_case('sendmail timeout PHP_INT_MAX', fn() => $set(SendmailAdapter::class, ['timeout' => PHP_INT_MAX]));
hostile_case('postmark timeout -1', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'timeout' => -1]));
hostile_case('postmark timeout as a string', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'timeout' => '5']));
hostile_case('postmark timeout as a float', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'timeout' => 5.5]));
hostile_case('postmark access-token as an array', fn() => $set(PostmarkAdapter::class, ['access-token' => ['SECRET-TOKEN']]));
hostile_case('postmark access-token as an object', fn() => $set(PostmarkAdapter::class, ['access-token' => new stdClass]));
hostile_case('postmark unknown option with CRLF', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', "x\r\n" => 1]));
hostile_case('postmark integer option key', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 5 => 1]));
hostile_case('postmark inbound-addresses /33', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'inbound-addresses' => ['1.2.3.4/33']]));
hostile_case('postmark inbound-addresses ints', fn() => $set(PostmarkAdapter::class, ['access-token' => 't', 'inbound-addresses' => [5]]));
hostile_case('test adapter any option', fn() => $set(TestAdapter::class, ['x' => 1]));
hostile_case('isInboundAddressAllowed CRLF', fn() => (new PostmarkAdapter())->isInboundAddressAllowed("1.2.3.4\r\n"));
hostile_case('getOption unknown with NUL', fn() => (new PostmarkAdapter())->getOption("nope\0"));
hostile_case('setMedia unknown with LF', fn() => (new PostmarkAdapter())->setMedia(["fax\n"]));
hostile_case('setMedia nested', fn() => (new PostmarkAdapter())->setMedia([['email']]));
hostile_case('setKey with NUL (a plain label)', fn() => (new PostmarkAdapter())->setKey("a\0b")->getKey());
hostile_case('supportsMessageType with NUL', fn() => var_export((new PostmarkAdapter())->supportsMessageType("email\0"), true));
hostile_case('registerAdapterClass with NUL', fn() => MailAdapter::registerAdapterClass("No\\Such\0Class"));
hostile_case('registerAdapterClass stdClass', fn() => MailAdapter::registerAdapterClass('stdClass'));
$mg = new MailgunAdapter();
$mg->setOptions(['api-key' => 'SECRET-KEY', 'domain' => 'd.com'] + $mg->newDefaultOptions());
hostile_case('webhook extreme ages', fn() => $mg->verifyWebhookSignature(str_repeat('9', 100), "t\0", 'zz', PHP_INT_MAX, PHP_INT_MIN));
hostile_case('webhook negative age', fn() => $mg->checkWebhookSignature('-1', '', '', -5, 0));
hostile_case('webhook 100-digit timestamp', fn() => $mg->checkWebhookSignature(str_repeat('9', 100), 'tok', str_repeat('0', 64), 300, 1700000000));
hostile_case('webhook timestamp with CRLF', fn() => $mg->checkWebhookSignature("1700000000\r\n", 'tok', str_repeat('0', 64), 300, 1700000000));
hostile_case('webhook signature not hex', fn() => $mg->checkWebhookSignature('1700000000', 'tok', str_repeat('z', 64), 300, 1700000000));
hostile_case('webhook without a key', fn() => (new MailgunAdapter())->verifyWebhookSignature('1', 't', 's'));
hostile_done();
--EXPECT--
mailgun domain CRLF: MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'mg.example.com\r\nX-Evil: 1' given
mailgun api-hostname CRLF: MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.mailgun.net\r\nX-Evil: 1' given
twilio account-sid CRLF: MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'AC0123456789abcdef0123456789abcdef\r\nX-Evil: 1' given
postmark base-uri CRLF: MetaMTA\InvalidArgumentException: Base URI must not contain whitespace, control or non-ASCII characters, 'https://h.example\r\nX-Evil: 1/' given
ses region CRLF: MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), 'us-east-1\r\nX-Evil: 1' given
ses endpoint CRLF: MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'email.us-east-1.amazonaws.com\r\nX-Evil: 1' given
sns endpoint CRLF: MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'sns.us-east-1.amazonaws.com\r\nX-Evil: 1' given
mailgun domain LF: MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'mg.example.com\n' given
mailgun api-hostname LF: MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.mailgun.net\n' given
twilio account-sid LF: MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'AC0123456789abcdef0123456789abcdef\n' given
postmark base-uri LF: MetaMTA\InvalidArgumentException: Base URI must not contain whitespace, control or non-ASCII characters, 'https://h.example\n/' given
ses region LF: MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), 'us-east-1\n' given
ses endpoint LF: MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'email.us-east-1.amazonaws.com\n' given
sns endpoint LF: MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'sns.us-east-1.amazonaws.com\n' given
mailgun domain CR: MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'mg.example.com\r' given
mailgun api-hostname CR: MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.mailgun.net\r' given
twilio account-sid CR: MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'AC0123456789abcdef0123456789abcdef\r' given
postmark base-uri CR: MetaMTA\InvalidArgumentException: Base URI must not contain whitespace, control or non-ASCII characters, 'https://h.example\r/' given
ses region CR: MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), 'us-east-1\r' given
ses endpoint CR: MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'email.us-east-1.amazonaws.com\r' given
sns endpoint CR: MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'sns.us-east-1.amazonaws.com\r' given
mailgun domain NUL: MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), 'mg.example.com\0' given
mailgun api-hostname NUL: MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'api.mailgun.net\0' given
twilio account-sid NUL: MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'AC0123456789abcdef0123456789abcdef\0' given
postmark base-uri NUL: MetaMTA\InvalidArgumentException: Base URI must not contain whitespace, control or non-ASCII characters, 'https://h.example\0/' given
ses region NUL: MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), 'us-east-1\0' given
ses endpoint NUL: MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'email.us-east-1.amazonaws.com\0' given
sns endpoint NUL: MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'sns.us-east-1.amazonaws.com\0' given
sendmail binary NUL: MetaMTA\InvalidArgumentException: Option 'binary' must be an absolute path, '/usr/sbin/sendmail\0' given
mailgun domain with a path: MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), '../../v3/other' given
mailgun domain empty: MetaMTA\InvalidArgumentException: Mailgun domain must be a domain name (letters, digits, '-' and '.'), '' given
mailgun api-hostname with a path: MetaMTA\InvalidArgumentException: API host name must be a host name with an optional :port (1-65535), 'evil.example/x?y=' given
mailgun api-hostname with user-info: MetaMTA\InvalidArgumentException: API host name must not contain '@'
twilio account-sid with a path: MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, '../../x' given
twilio account-sid empty: MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, '' given
twilio from-number letters: MetaMTA\InvalidArgumentException: Phone number 'CALLME' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
base-uri ftp: MetaMTA\InvalidArgumentException: Base URI must start with https:// (or http:// for a loopback host), 'ftp://h.example/' given
base-uri file: MetaMTA\InvalidArgumentException: Base URI must start with https:// (or http:// for a loopback host), 'file:///etc/passwd' given
base-uri plain http to a remote host: MetaMTA\InvalidArgumentException: Base URI may use http:// only for a loopback host (127.0.0.0/8, localhost, [::1]), 'http://h.example/' given
base-uri with a password: MetaMTA\InvalidArgumentException: Base URI must not contain user-info ('@'); credentials belong in the adapter options
base-uri empty: MetaMTA\InvalidArgumentException: Base URI must start with https:// (or http:// for a loopback host), '' given
base-uri with a query: MetaMTA\InvalidArgumentException: Base URI must not contain a query, 'https://h.example/?a=b#f' given
base-uri with a space: MetaMTA\InvalidArgumentException: Base URI must not contain whitespace, control or non-ASCII characters, 'https://h .example/' given
base-uri malformed IPv6: MetaMTA\InvalidArgumentException: Base URI has a malformed IPv6 host, 'https://[::1/' given
base-uri port 99999: MetaMTA\InvalidArgumentException: Base URI has an invalid port (expected 1-65535), 'https://h.example:99999/' given
ses region with a path: MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), 'us-east-1/../x' given
ses region empty: MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), '' given
ses region 65 chars: MetaMTA\InvalidArgumentException: AWS region must be 1 to 64 lower-case letters, digits and '-' (like 'us-east-1'), 'a{65}' given
ses endpoint as a URL: MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'https://e.example/' given
ses endpoint with a port: MetaMTA\InvalidArgumentException: AWS endpoint must be a bare host name without scheme, port or path (like 'email.us-east-1.amazonaws.com'), 'e.example:443' given
sendmail binary relative: MetaMTA\InvalidArgumentException: Option 'binary' must be an absolute path, 'sendmail' given
sendmail binary starting with -: MetaMTA\InvalidArgumentException: Option 'binary' must be an absolute path, '-X/tmp/log' given
sendmail binary empty: MetaMTA\InvalidArgumentException: Option 'binary' must be an absolute path, '' given
sendmail timeout 0: MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 0 given
sendmail timeout PHP_INT_MAX: MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, 9223372036854775807 given
postmark timeout -1: MetaMTA\InvalidArgumentException: Option 'timeout' must be between 1 and 3600 seconds, -1 given
postmark timeout as a string: MetaMTA\InvalidArgumentException: Parameter 'timeout' has invalid type: expected type 'int', got type 'string'.
postmark timeout as a float: MetaMTA\InvalidArgumentException: Parameter 'timeout' has invalid type: expected type 'int', got type 'float'.
postmark access-token as an array: MetaMTA\InvalidArgumentException: Parameter 'access-token' has invalid type: expected type 'string', got type 'list<string>'.
postmark access-token as an object: MetaMTA\InvalidArgumentException: Parameter 'access-token' has invalid type: expected type 'string', got type 'stdClass'.
postmark unknown option with CRLF: MetaMTA\InvalidArgumentException: Got unexpected parameters: 'x\r\n'.
postmark integer option key: MetaMTA\InvalidArgumentException: Got unexpected parameters: 5.
postmark inbound-addresses /33: MetaMTA\InvalidArgumentException: CIDR block '1.2.3.4/33' is not valid: the mask must be between 0 and 32 bits.
postmark inbound-addresses ints: MetaMTA\InvalidArgumentException: Parameter 'inbound-addresses' has invalid type: expected type 'list<string>', got type 'list<int>'.
test adapter any option: MetaMTA\InvalidArgumentException: Got unexpected parameters: x.
isInboundAddressAllowed CRLF: MetaMTA\InvalidArgumentException: IP address '1.2.3.4\r\n' is not properly formatted: expected an IPv4 address like '192.168.0.1' or an IPv6 address like '2001:db8::1'.
getOption unknown with NUL: MetaMTA\InvalidArgumentException: Adapter class 'MetaMTA\PostmarkAdapter' has no option 'nope\0'.
setMedia unknown with LF: MetaMTA\InvalidArgumentException: Adapter class 'MetaMTA\PostmarkAdapter' does not support medium 'fax\n'; supported media: email.
setMedia nested: MetaMTA\InvalidArgumentException: Adapter class 'MetaMTA\PostmarkAdapter' does not support a medium of type array; supported media: email.
setKey with NUL (a plain label): ok a\x00b
supportsMessageType with NUL: ok false
registerAdapterClass with NUL: MetaMTA\InvalidArgumentException: Adapter class 'No\\Such\0Class' does not exist.
registerAdapterClass stdClass: MetaMTA\InvalidArgumentException: Class 'stdClass' does not extend MetaMTA\MailAdapter.
webhook extreme ages: MetaMTA\InvalidArgumentException: Mailgun webhook check needs a positive maximum age and a non-negative current time, 9223372036854775807 and -9223372036854775808 given
webhook negative age: MetaMTA\InvalidArgumentException: Mailgun webhook check needs a positive maximum age and a non-negative current time, -5 and 0 given
webhook 100-digit timestamp: MetaMTA\InvalidArgumentException: Mailgun webhook timestamp must be decimal seconds, '9{96}'... given
webhook timestamp with CRLF: MetaMTA\InvalidArgumentException: Mailgun webhook timestamp must be decimal seconds, '1700000000\r\n' given
webhook signature not hex: MetaMTA\InvalidArgumentException: Mailgun webhook signature is not valid; check the webhook signing key
webhook without a key: MetaMTA\InvalidArgumentException: Mailgun webhook signing key is empty, so every signature would be forgeable
79 hostile inputs
