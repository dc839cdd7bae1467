--TEST--
MailAdapter::getAllAdapters(): a new prototype per type, built-ins first, then registered userland classes
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/userland.inc';

$all = MetaMTA\MailAdapter::getAllAdapters();
foreach ($all as $type => $adapter) {
    echo $type, ' => ', get_class($adapter), "\n";
}

MetaMTA\MailAdapter::registerAdapterClass('DemoAdapter');
MetaMTA\MailAdapter::registerAdapterClass('checkadapter');
$all = MetaMTA\MailAdapter::getAllAdapters();
foreach ($all as $type => $adapter) {
    echo $type, ' => ', get_class($adapter), ' ', $adapter->getAdapterType(), "\n";
}

// Fresh instances on every call.
$again = MetaMTA\MailAdapter::getAllAdapters();
var_dump($again['test'] !== $all['test'], $again['demo'] !== $all['demo']);
?>
--EXPECT--
test => MetaMTA\TestAdapter
postmark => MetaMTA\PostmarkAdapter
mailgun => MetaMTA\MailgunAdapter
sendgrid => MetaMTA\SendGridAdapter
twilio => MetaMTA\TwilioAdapter
sendmail => MetaMTA\SendmailAdapter
ses => MetaMTA\AmazonSESAdapter
sns => MetaMTA\AmazonSNSAdapter
smtp => MetaMTA\SMTPAdapter
test => MetaMTA\TestAdapter test
postmark => MetaMTA\PostmarkAdapter postmark
mailgun => MetaMTA\MailgunAdapter mailgun
sendgrid => MetaMTA\SendGridAdapter sendgrid
twilio => MetaMTA\TwilioAdapter twilio
sendmail => MetaMTA\SendmailAdapter sendmail
ses => MetaMTA\AmazonSESAdapter ses
sns => MetaMTA\AmazonSNSAdapter sns
smtp => MetaMTA\SMTPAdapter smtp
demo => DemoAdapter demo
check => CheckAdapter check
bool(true)
bool(true)
