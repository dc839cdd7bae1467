--TEST--
MailAdapter::getAdapterType() without a usable ADAPTERTYPE constant
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

abstract class Base extends MetaMTA\MailAdapter
{
    public function getSupportedMessageTypes(): array { return ['email']; }
    public function sendMessage(MetaMTA\ExternalMessage $message): void {}
    protected function validateOptions(array $options): void {}
    public function newDefaultOptions(): array { return []; }
}
final class NoType extends Base {}
final class IntType extends Base { const ADAPTERTYPE = 7; }
final class EmptyType extends Base { const ADAPTERTYPE = ''; }

throws(fn() => (new NoType())->getAdapterType());
throws(fn() => (new IntType())->getAdapterType());
throws(fn() => (new EmptyType())->getAdapterType());
?>
--EXPECT--
MetaMTA\RuntimeException: Adapter class 'NoType' does not define the ADAPTERTYPE constant.
MetaMTA\RuntimeException: Adapter class 'IntType' must define ADAPTERTYPE as a string, int given.
MetaMTA\RuntimeException: Adapter class 'EmptyType' defines ADAPTERTYPE as an empty string.
