--TEST--
SendmailAdapter::sendMessage(): a non-zero exit is a ProviderException with the status, the sysexits name and stderr
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/sendmail.inc';

$out = fake_sendmail_setup(['MM_FAKE_EXIT' => '67', 'MM_FAKE_STDERR' => "bob@example.com... User unknown\n"]);
$adapter = new MetaMTA\SendmailAdapter();
$adapter->setOptions(['binary' => fake_sendmail_path()] + $adapter->newDefaultOptions());

function show(callable $fn): void
{
    try {
        $fn();
    } catch (MetaMTA\ProviderException $e) {
        echo str_replace(fake_sendmail_path(), 'FAKE', $e->getMessage()), "\n";
        var_dump($e->getHttpStatus(), $e->getProviderCode(), $e->getProviderMessage(), $e->isRetryable());
    }
}

show(fn() => $adapter->sendMessage(sendmail_test_message()));
putenv('MM_FAKE_EXIT=75');
putenv("MM_FAKE_STDERR=queue\tfull\n");
show(fn() => $adapter->sendMessage(sendmail_test_message()));
?>
--EXPECT--
sendmail 'FAKE' exited with status 67 (EX_NOUSER): 'bob@example.com... User unknown'
int(67)
string(9) "EX_NOUSER"
string(31) "bob@example.com... User unknown"
bool(false)
sendmail 'FAKE' exited with status 75 (EX_TEMPFAIL): 'queue\tfull'
int(75)
string(11) "EX_TEMPFAIL"
string(10) "queue	full"
bool(true)
