--TEST--
SendGridAdapter::sendMessage() to a port where nothing listens: TransportException, retryable, certainly not sent
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$address = metamta_refused_address();
foreach (['https', 'http'] as $scheme) {
    $adapter = new MetaMTA\SendGridAdapter();
    $adapter->setOptions(['api-key' => 'SG.key', 'base-uri' => "$scheme://$address"] + $adapter->newDefaultOptions());
    metamta_show_failure(fn() => $adapter->sendMessage(metamta_simple_message()),
        ['ADDR' => $address, 'PORT' => explode(':', $address)[1]]);
}
?>
--EXPECT--
MetaMTA\TransportException: The HTTP request to https://ADDR failed: Failed to connect to 127.0.0.1 port PORT after N ms: Couldn't connect to server.
  retryable=true outcomeUnknown=false
MetaMTA\TransportException: The HTTP request to http://ADDR failed: Failed to connect to 127.0.0.1 port PORT after N ms: Couldn't connect to server.
  retryable=true outcomeUnknown=false
