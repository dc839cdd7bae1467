<?php
// Placeholder demo (the lead replaces it): shows that the extension loads
// and which MetaMTA classes and interfaces it declares.

if (!extension_loaded('metamta')) {
    fwrite(STDERR, "metamta is not loaded: run scripts/demo.sh\n");
    exit(1);
}
printf("metamta %s on PHP %s\n", phpversion('metamta'), PHP_VERSION);
$declared = array_merge(get_declared_classes(), get_declared_interfaces());
$ours = array_values(array_filter($declared, fn(string $name) => str_starts_with($name, 'MetaMTA\\')));
sort($ours);
foreach ($ours as $name) {
    $r = new ReflectionClass($name);
    $kind = $r->isInterface() ? 'interface' : ($r->isAbstract() ? 'abstract class' : ($r->isFinal() ? 'final class' : 'class'));
    printf("  %-16s %s\n", $kind, $name);
}
