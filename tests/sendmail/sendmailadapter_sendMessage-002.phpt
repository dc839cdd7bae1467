--TEST--
SendmailAdapter::sendMessage(): without the binary option, php.ini sendmail_path is split on spaces and its -t dropped
--EXTENSIONS--
metamta
--INI--
sendmail_path={PWD}/../core/fixtures/fake_sendmail.py -t -i -XV
--FILE--
<?php
require __DIR__ . '/sendmail.inc';

$out = fake_sendmail_setup();
$adapter = new MetaMTA\SendmailAdapter();
$adapter->setOptions($adapter->newDefaultOptions());
$message = (new MetaMTA\EmailMessage())
    ->setToAddresses([new MetaMTA\EmailAddress('bob@example.com'), new MetaMTA\EmailAddress('carol@example.org')])
    ->setTextBody('hi');
$adapter->sendMessage($message);

$argv = fake_sendmail_argv($out);
var_dump(realpath($argv[0]) === fake_sendmail_path());
echo implode(' ', array_slice($argv, 1)), "\n";
?>
--EXPECT--
bool(true)
-i -XV -oi -- bob@example.com carol@example.org
