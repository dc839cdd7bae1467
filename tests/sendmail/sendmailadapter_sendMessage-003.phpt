--TEST--
SendmailAdapter::sendMessage(): option message-id false means no generated Message-ID; a caller's own is kept
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/sendmail.inc';

$out = fake_sendmail_setup();
$adapter = new MetaMTA\SendmailAdapter();
$adapter->setOptions(['binary' => fake_sendmail_path(), 'message-id' => false] + $adapter->newDefaultOptions());

$adapter->sendMessage(sendmail_test_message());
var_dump(preg_match('/^Message-ID:/mi', fake_sendmail_stdin($out)));

$adapter->sendMessage(sendmail_test_message()->setHeaders([new MetaMTA\MailHeader('Message-ID', '<own@example.com>')]));
preg_match_all('/^Message-ID:.*$/mi', fake_sendmail_stdin($out), $m);
var_dump($m[0]);
?>
--EXPECT--
int(0)
array(1) {
  [0]=>
  string(29) "Message-ID: <own@example.com>"
}
