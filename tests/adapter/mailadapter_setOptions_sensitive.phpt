--TEST--
Option maps (they hold API keys and passwords) are #[\SensitiveParameter]: traces show a SensitiveParameterValue, never the map
--EXTENSIONS--
metamta
--FILE--
<?php
foreach ([['MetaMTA\MailAdapter', 'setOptions'], ['MetaMTA\PostmarkAdapter', 'validateOptions'],
          ['MetaMTA\SMTPAdapter', 'validateOptions'], ['MetaMTA\MailerList', 'fromConfig']] as [$class, $method]) {
    $parameter = (new ReflectionMethod($class, $method))->getParameters()[0];
    printf("%s::%s(\$%s): %s\n", $class, $method, $parameter->getName(),
        implode(', ', array_map(fn($a) => $a->getName(), $parameter->getAttributes())));
}
$adapter = new MetaMTA\PostmarkAdapter();
try {
    $adapter->setOptions(['access-token' => 'pm-secret-token']);
} catch (MetaMTA\InvalidArgumentException $e) {
    $trace = $e->getTraceAsString();
    var_dump(str_contains($trace, 'SensitiveParameterValue'), str_contains($trace, 'pm-secret-token'));
}
?>
--EXPECT--
MetaMTA\MailAdapter::setOptions($options): SensitiveParameter
MetaMTA\PostmarkAdapter::validateOptions($options): SensitiveParameter
MetaMTA\SMTPAdapter::validateOptions($options): SensitiveParameter
MetaMTA\MailerList::fromConfig($mailers): SensitiveParameter
bool(true)
bool(false)
