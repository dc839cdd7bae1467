--TEST--
SMTPAdapter::sendMessage(): a drop after DATA is a TransportException with an unknown outcome; a stalled server times out
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/smtp_adapter.inc';
$drop = metamta_smtp_start(['drop-after-data' => true]);
try { smtp_adapter($drop)->sendMessage(smtp_message()); } catch (MetaMTA\TransportException $e) {
    var_dump($e->getCode() === 4, $e->isOutcomeUnknown());
}
$stall = metamta_smtp_start(['stall' => true]);
try { smtp_adapter($stall, ['timeout' => 1])->sendMessage(smtp_message()); } catch (MetaMTA\TransportException $e) {
    var_dump($e->getCode() === 3, $e->isOutcomeUnknown());
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
