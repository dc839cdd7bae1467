--TEST--
SMTPAdapter::sendMessage(): STARTTLS with AUTH, and implicit TLS, verified against the test CA
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_adapter.inc';
$tls = metamta_smtp_start(['starttls' => true, 'auth' => true, 'user' => 'me', 'password' => 'pa55-secret']);
$ssl = metamta_smtp_start(['implicit-tls' => true]);
ini_set('metamta.cainfo', $tls['cafile']);
smtp_adapter($tls, ['protocol' => 'TLS', 'user' => 'me', 'password' => 'pa55-secret'])->sendMessage(smtp_message());
smtp_adapter($ssl, ['protocol' => 'ssl'])->sendMessage(smtp_message());
[$m] = metamta_smtp_messages($tls);
var_dump($m['tls'], $m['auth_user']);
[$m] = metamta_smtp_messages($ssl);
var_dump($m['tls']);
?>
--EXPECT--
bool(true)
string(2) "me"
bool(true)
