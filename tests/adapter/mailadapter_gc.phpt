--TEST--
Cycles through adapter options and userland properties are collected
--EXTENSIONS--
metamta
--FILE--
<?php
final class Holder extends MetaMTA\MailAdapter
{
    const ADAPTERTYPE = 'holder';
    public $peer;
    public function getSupportedMessageTypes(): array { return ['email']; }
    public function sendMessage(MetaMTA\ExternalMessage $message): void {}
    protected function validateOptions(array $options): void {}
    public function newDefaultOptions(): array { return []; }
    public function __destruct() { echo "destructed\n"; }
}

gc_collect_cycles();
$a = new Holder();
$a->setOptions(['self' => $a, 'nested' => [$a]]);
unset($a);
var_dump(gc_collect_cycles() > 0);

$b = new Holder();
$b->peer = $b;
unset($b);
var_dump(gc_collect_cycles() > 0);
echo "done\n";
?>
--EXPECT--
destructed
bool(true)
destructed
bool(true)
done
