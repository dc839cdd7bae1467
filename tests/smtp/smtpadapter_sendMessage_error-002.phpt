--TEST--
SMTPAdapter::sendMessage(): wrong password is a permanent ProviderException 535 that never shows the password
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_adapter.inc';
$server = metamta_smtp_start(['starttls' => true, 'auth' => true, 'user' => 'me', 'password' => 'right-secret']);
ini_set('metamta.cainfo', $server['cafile']);
$a = smtp_adapter($server, ['protocol' => 'tls', 'user' => 'me', 'password' => 'wrong-Secret-42']);
try {
    $a->sendMessage(smtp_message());
} catch (MetaMTA\ProviderException $e) {
    var_dump($e->getHttpStatus(), $e->isRetryable(), str_contains($e->getMessage(), 'login (AUTH)'));
    var_dump(str_contains(print_r($e, true), 'wrong-Secret-42'));
}
var_dump(metamta_smtp_messages($server));
?>
--EXPECT--
int(535)
bool(false)
bool(true)
bool(false)
array(0) {
}
