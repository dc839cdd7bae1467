--TEST--
MailerList::fromConfig(): one InvalidArgumentException per mistake, naming the index
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\MailerList;

$pm = ['access-token' => 'tok'];
foreach ([
    'not a map' => [['key' => 'a', 'type' => 'test'], 'oops'],
    'unexpected' => [['key' => 'a', 'type' => 'test', 'prio' => 1, 'x' => 2]],
    'missing' => [['priority' => 1]],
    'key type' => [['key' => 1, 'type' => 'test']],
    'priority null' => [['key' => 'a', 'type' => 'test', 'priority' => null]],
    'priority string' => [['key' => 'a', 'type' => 'test', 'priority' => '5']],
    'inbound' => [['key' => 'a', 'type' => 'test', 'inbound' => 1]],
    'media type' => [['key' => 'a', 'type' => 'test', 'media' => 'email']],
    'duplicate' => [['key' => 'a', 'type' => 'test'], ['key' => 'b', 'type' => 'test'], ['key' => 'a', 'type' => 'test']],
    'priority zero' => [['key' => 'a', 'type' => 'test', 'priority' => 0]],
    'priority negative' => [['key' => 'a', 'type' => 'test', 'priority' => -3]],
    'unknown type' => [['key' => "a\n", 'type' => 'fax']],
    'options string' => [['key' => 'a', 'type' => 'test', 'options' => '...']],
    'unknown option' => [['key' => 'pm', 'type' => 'postmark', 'options' => $pm + ['domain' => 'x']]],
    'missing token' => [['key' => 'pm', 'type' => 'postmark']],
    'bad option value' => [['key' => 'pm', 'type' => 'postmark', 'options' => $pm + ['timeout' => 0]]],
    'unsupported medium' => [['key' => 'pm', 'type' => 'postmark', 'options' => $pm, 'media' => ['sms']]],
    'unknown medium' => [['key' => 't', 'type' => 'test', 'media' => ['fax']]],
] as $what => $config) {
    echo "$what: ";
    throws(fn() => MailerList::fromConfig($config));
}
throws(fn() => MailerList::fromConfig('x'));
throws(fn() => new MailerList());
?>
--EXPECT--
not a map: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 1): a mailer must be a map of parameters, got type 'string'.
unexpected: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Got unexpected parameters: prio, x.
missing: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Missing required parameters: key, type.
key type: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'key' has invalid type: expected type 'string', got type 'int'.
priority null: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'priority' has invalid type: expected type 'int', got type 'null'.
priority string: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'priority' has invalid type: expected type 'int', got type 'string'.
inbound: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'inbound' has invalid type: expected type 'bool', got type 'int'.
media type: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): Parameter 'media' has invalid type: expected type 'list<string>', got type 'string'.
duplicate: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 2): mailer key 'a' is used by more than one mailer; keys must be unique.
priority zero: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): priority must be greater than 0, 0 given.
priority negative: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): priority must be greater than 0, -3 given.
unknown type: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): mailer 'a\n' has unknown type 'fax'; known types: test, postmark, mailgun, sendgrid, twilio, sendmail, ses, sns, smtp.
options string: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): specifies invalid options for mailer 'a': options must be a map, got type 'string'.
unknown option: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): specifies invalid options for mailer 'pm': Got unexpected parameters: domain.
missing token: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): specifies invalid options for mailer 'pm': Parameter 'access-token' has invalid type: expected type 'string', got type 'null'.
bad option value: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): specifies invalid options for mailer 'pm': Option 'timeout' must be between 1 and 3600 seconds, 0 given
unsupported medium: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): mailer 'pm' specifies unsupported media: Adapter class 'MetaMTA\PostmarkAdapter' does not support medium 'sms'; supported media: email.
unknown medium: MetaMTA\InvalidArgumentException: invalid mailer specification (at index 0): mailer 't' specifies unsupported media: Adapter class 'MetaMTA\TestAdapter' does not support medium 'fax'; supported media: email, sms.
TypeError: MetaMTA\MailerList::fromConfig(): Argument #1 ($mailers) must be of type ?array, string given
Error: Call to private MetaMTA\MailerList::__construct() from global scope
