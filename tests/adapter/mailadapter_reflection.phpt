--TEST--
MailAdapter: abstract, not final, base methods final except the abstract ones and supportsMessageIDHeader()
--EXTENSIONS--
metamta
--FILE--
<?php
$class = new ReflectionClass(MetaMTA\MailAdapter::class);
var_dump($class->isAbstract(), $class->isFinal());
foreach ($class->getMethods() as $method) {
    $flags = [];
    foreach (['isAbstract' => 'abstract', 'isFinal' => 'final', 'isStatic' => 'static', 'isProtected' => 'protected'] as $test => $word) {
        if ($method->$test()) {
            $flags[] = $word;
        }
    }
    echo $method->getName(), ': ', implode(' ', $flags), "\n";
}
var_dump((new ReflectionClass(MetaMTA\TestAdapter::class))->isFinal());
?>
--EXPECT--
bool(true)
bool(false)
getAdapterType: final
getSupportedMessageTypes: abstract
sendMessage: abstract
validateOptions: abstract protected
newDefaultOptions: abstract
supportsMessageIDHeader: 
supportsMessageType: final
setMedia: final
getMedia: final
setKey: final
getKey: final
setPriority: final
getPriority: final
setSupportsInbound: final
getSupportsInbound: final
setSupportsOutbound: final
getSupportsOutbound: final
getOption: final
setOptions: final
checkOptionTypes: final static protected
getAllAdapters: final static
registerAdapterClass: final static
bool(true)
