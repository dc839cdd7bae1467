--TEST--
SMTPAdapter::sendMessage(): a refused recipient (550) fails the whole send, a 451 is retryable, a 554 after DATA is permanent
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_adapter.inc';
$show = function (Throwable $e) {
    printf("%s %d %s %s\n", get_class($e), $e->getHttpStatus(), var_export($e->isRetryable(), true), $e->getProviderCode());
};
$rej = metamta_smtp_start(['reject-rcpt' => ['carol@example.org'], 'tempfail-rcpt' => ['bob@example.com']]);
try { smtp_adapter($rej)->sendMessage(smtp_message()); } catch (MetaMTA\ProviderException $e) { $show($e); echo $e->getMessage(), "\n"; }
$data = metamta_smtp_start(['fail-data' => 554]);
try { smtp_adapter($data)->sendMessage(smtp_message()); } catch (MetaMTA\ProviderException $e) { $show($e); }
var_dump(count(metamta_smtp_messages($rej)));
?>
--EXPECTF--
MetaMTA\ProviderException 451 true 4.%s
The SMTP server 127.0.0.1:%d refused the recipient 'bob@example.com' (RCPT TO) with 451: %s
MetaMTA\ProviderException 554 false %s
int(0)
