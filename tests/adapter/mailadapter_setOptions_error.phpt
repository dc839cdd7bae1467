--TEST--
MailAdapter::setOptions() errors: unknown keys on TestAdapter, a throwing validateOptions(), recursive references
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';

final class Picky extends MetaMTA\MailAdapter
{
    const ADAPTERTYPE = 'picky';
    public function getSupportedMessageTypes(): array { return ['email']; }
    public function sendMessage(MetaMTA\ExternalMessage $message): void {}
    protected function validateOptions(array $options): void
    {
        throw new DomainException('picky says no');
    }
    public function newDefaultOptions(): array { return []; }
}

$test = new MetaMTA\TestAdapter();
throws(fn() => $test->setOptions(['api-key' => 'sekrit', 'domain' => 'example.org']));
throws(fn() => $test->setOptions([0 => 'x']));
throws(fn() => $test->getOption('api-key'));

throws(fn() => (new Picky())->setOptions([]));

$loop = ['a' => 1];
$loop['self'] = &$loop;
throws(fn() => $test->setOptions($loop));
unset($loop['self']); // the script's own cycle, so valgrind sees no leak of ours
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Got unexpected parameters: api-key, domain.
MetaMTA\InvalidArgumentException: Got unexpected parameters: 0.
MetaMTA\InvalidArgumentException: Adapter class 'MetaMTA\TestAdapter' has no option 'api-key'.
DomainException: picky says no
MetaMTA\InvalidArgumentException: Options must not contain a reference to themselves.
