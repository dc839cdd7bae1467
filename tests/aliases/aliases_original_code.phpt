--TEST--
metamta.phabricator_aliases=1: code written against the original's classes runs unchanged
--EXTENSIONS--
metamta
--INI--
metamta.phabricator_aliases=1
--FILE--
<?php
$adapter = new PhabricatorMailTestAdapter();
$options = array();
$adapter->setOptions($options + $adapter->newDefaultOptions());
$adapter->setKey('test')->setPriority(1)->setMedia(array('email'));

$mail = id(new PhabricatorMailEmailMessage())
    ->setFromAddress(new PhutilEmailAddress('Alice <alice@example.com>'))
    ->setToAddresses(array(new PhutilEmailAddress('bob@example.com')))
    ->setHeaders(array(id(new PhabricatorMailHeader())->setName('X-Test')->setValue('1')))
    ->setAttachments(array(new PhabricatorMailAttachment('data', 'a.txt', 'text/plain')))
    ->setSubject('Hi')
    ->setTextBody('Body');
$adapter->sendMessage($mail);
$guts = $adapter->getGuts();
echo $guts['from'], ' -> ', implode(', ', $guts['tos']), ' ', $guts['subject'], "\n";
echo (string)$mail->getFromAddress(), "\n";
var_dump($adapter instanceof PhabricatorMailAdapter, $mail instanceof PhabricatorMailExternalMessage);

$list = PhutilCIDRList::newList(array('10.0.0.0/8', '192.168.1.0/24'));
var_dump($list->containsAddress('10.1.2.3'), $list->containsAddress('8.8.8.8'));
var_dump(PhutilCIDRBlock::newBlock('10.0.0.0/8') instanceof MetaMTA\CIDRBlock);
echo get_class(PhutilIPAddress::newAddress('::1')), "\n";
echo (new PhabricatorPhoneNumber('(555) 555-0100'))->toE164(), "\n";
$sms = (new PhabricatorMailSMSMessage())->setToNumber(new PhabricatorPhoneNumber('+15005550006'))->setTextBody('x');
echo $sms->getMessageType(), "\n";

$adapter->setFailPermanently(true);
try {
    $adapter->sendMessage($mail);
} catch (PhabricatorMetaMTAPermanentFailureException $ex) {
    echo 'caught ', get_class($ex), "\n";
}
$pm = new PhabricatorMailPostmarkAdapter();
$pm->setOptions(array('access-token' => 'x') + $pm->newDefaultOptions());
echo $pm->getAdapterType(), ' ', get_class(new PhabricatorMailMailgunAdapter()), ' ', get_class(new PhabricatorMailSendGridAdapter()),
    ' ', get_class(new PhabricatorMailTwilioAdapter()), "\n";

function id($x) { return $x; }
?>
--EXPECT--
"Alice" <alice@example.com> -> bob@example.com Hi
"Alice" <alice@example.com>
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
MetaMTA\IPAddress
+15555550100
sms
caught MetaMTA\PermanentFailureException
postmark MetaMTA\MailgunAdapter MetaMTA\SendGridAdapter MetaMTA\TwilioAdapter
