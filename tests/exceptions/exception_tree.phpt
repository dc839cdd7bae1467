--TEST--
Exception tree: every class implements MetaMTA\Exception under the SPL base it extends
--EXTENSIONS--
metamta
--FILE--
<?php
foreach (['InvalidArgumentException', 'RuntimeException', 'TransportException',
          'ProviderException', 'PermanentFailureException'] as $name) {
    $class = "MetaMTA\\$name";
    $e = new $class('x');
    printf("%s: %s %s %s\n", $name,
        $e instanceof MetaMTA\Exception ? 'Exception' : '-',
        $e instanceof \InvalidArgumentException ? 'SPL-Invalid' : '-',
        $e instanceof \RuntimeException ? 'SPL-Runtime' : '-');
}
$p = new MetaMTA\ProviderException('refused');
var_dump($p->getHttpStatus(), $p->getProviderCode(), $p->getProviderMessage(), $p->isRetryable());
$t = new MetaMTA\TransportException('down');
var_dump($t->isOutcomeUnknown(), $t->isRetryable());
?>
--EXPECT--
InvalidArgumentException: Exception SPL-Invalid -
RuntimeException: Exception - SPL-Runtime
TransportException: Exception - SPL-Runtime
ProviderException: Exception - SPL-Runtime
PermanentFailureException: Exception - SPL-Runtime
int(0)
NULL
NULL
bool(false)
bool(false)
bool(true)
