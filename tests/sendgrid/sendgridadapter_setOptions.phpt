--TEST--
SendGridAdapter::setOptions() accepts the defaults plus a key, and every allowed base-uri and timeout, stored as given
--EXTENSIONS--
metamta
--FILE--
<?php
$adapter = new MetaMTA\SendGridAdapter();
$defaults = ['api-key' => 'SG.key'] + $adapter->newDefaultOptions();
foreach ([[], ['base-uri' => 'https://api.eu.sendgrid.com'], ['base-uri' => 'http://127.0.0.2:9000/p'],
    ['base-uri' => 'http://LOCALHOST'], ['timeout' => 1], ['timeout' => 3600]] as $variant) {
    $adapter->setOptions($variant + $defaults);
    $key = array_key_first($variant) ?? 'api-key';
    echo $key, ' => ', json_encode($adapter->getOption($key), JSON_UNESCAPED_SLASHES), "\n";
}
?>
--EXPECT--
api-key => "SG.key"
base-uri => "https://api.eu.sendgrid.com"
base-uri => "http://127.0.0.2:9000/p"
base-uri => "http://LOCALHOST"
timeout => 1
timeout => 3600
