--TEST--
MailAdapter::registerAdapterClass() rejects what cannot be an adapter prototype, and duplicate types
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/userland.inc';

abstract class Base extends MetaMTA\MailAdapter
{
    public function getSupportedMessageTypes(): array { return ['email']; }
    public function sendMessage(MetaMTA\ExternalMessage $message): void {}
    protected function validateOptions(array $options): void {}
    public function newDefaultOptions(): array { return []; }
}
final class NoType extends Base {}
final class ArrayType extends Base { const ADAPTERTYPE = ['x']; }
final class ClaimsTest extends Base { const ADAPTERTYPE = 'test'; }
final class ClaimsDemo extends Base { const ADAPTERTYPE = 'demo'; }
final class NeedsArgs extends Base { const ADAPTERTYPE = 'args'; public function __construct(string $host) {} }
final class PrivateCtor extends Base { const ADAPTERTYPE = 'private'; private function __construct() {} }

throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('Nope\Missing'));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass("bad\nname"));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('stdClass'));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('MetaMTA\MailAdapter'));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('Base'));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('NoType'));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('ArrayType'));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('NeedsArgs'));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('PrivateCtor'));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('ClaimsTest'));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('MetaMTA\TestAdapter'));

MetaMTA\MailAdapter::registerAdapterClass('DemoAdapter');
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('ClaimsDemo'));
throws(fn() => MetaMTA\MailAdapter::registerAdapterClass('DemoAdapter'));
var_dump(array_keys(MetaMTA\MailAdapter::getAllAdapters()));
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Adapter class 'Nope\\Missing' does not exist.
MetaMTA\InvalidArgumentException: Adapter class 'bad\nname' does not exist.
MetaMTA\InvalidArgumentException: Class 'stdClass' does not extend MetaMTA\MailAdapter.
MetaMTA\InvalidArgumentException: Class 'MetaMTA\MailAdapter' does not extend MetaMTA\MailAdapter.
MetaMTA\InvalidArgumentException: Adapter class 'Base' is abstract.
MetaMTA\InvalidArgumentException: Adapter class 'NoType' does not define the ADAPTERTYPE constant.
MetaMTA\InvalidArgumentException: Adapter class 'ArrayType' must define ADAPTERTYPE as a string, array given.
MetaMTA\InvalidArgumentException: Adapter class 'NeedsArgs' must have a public constructor without required parameters.
MetaMTA\InvalidArgumentException: Adapter class 'PrivateCtor' must have a public constructor without required parameters.
MetaMTA\InvalidArgumentException: Adapter type 'test' is already used by class 'MetaMTA\TestAdapter'.
MetaMTA\InvalidArgumentException: Adapter type 'test' is already used by class 'MetaMTA\TestAdapter'.
MetaMTA\InvalidArgumentException: Adapter type 'demo' is already used by class 'DemoAdapter'.
MetaMTA\InvalidArgumentException: Adapter type 'demo' is already used by class 'DemoAdapter'.
array(10) {
  [0]=>
  string(4) "test"
  [1]=>
  string(8) "postmark"
  [2]=>
  string(7) "mailgun"
  [3]=>
  string(8) "sendgrid"
  [4]=>
  string(6) "twilio"
  [5]=>
  string(8) "sendmail"
  [6]=>
  string(3) "ses"
  [7]=>
  string(3) "sns"
  [8]=>
  string(4) "smtp"
  [9]=>
  string(4) "demo"
}
